/**
 * Typed, read-only views of Terraform configuration for the Terraform rules. A {@link
 * dev.plumbline.core.model.terraform.TerraformModule} is one directory: its {@link
 * dev.plumbline.core.model.terraform.Resource}s (managed, data, ephemeral), {@link
 * dev.plumbline.core.model.terraform.Variable}s, {@link dev.plumbline.core.model.terraform.Local}
 * values, {@link dev.plumbline.core.model.terraform.Output}s, {@link
 * dev.plumbline.core.model.terraform.Provider}s, {@link
 * dev.plumbline.core.model.terraform.ModuleCall}s and {@code terraform} blocks ({@link
 * dev.plumbline.core.model.terraform.TerraformSettings}, {@link
 * dev.plumbline.core.model.terraform.Backend}, {@link
 * dev.plumbline.core.model.terraform.RequiredProvider}), with lookups by address and the {@link
 * dev.plumbline.core.model.terraform.Reference}s between them. {@link
 * dev.plumbline.core.model.terraform.Value}s are resolved only where that is safe (see {@link
 * dev.plumbline.core.model.terraform.Evaluator}); {@link
 * dev.plumbline.core.model.terraform.PolicyDocument}s read IAM policies in any of the forms
 * Terraform configuration writes them. Every view keeps its HCL node and its file, so every value
 * has its exact span.
 */
package dev.plumbline.core.model.terraform;
