/**
 * HCL, as Terraform reads it: a lexer and recursive-descent parser for the native syntax,
 * written from HashiCorp's specification, and the JSON syntax on the same tree. Entry point:
 * {@link dev.plumbline.core.hcl.HclParser#parse(dev.plumbline.core.source.SourceFile)}, which
 * gives an {@link dev.plumbline.core.hcl.HclFile}: the top-level
 * {@link dev.plumbline.core.hcl.Body}, the comments and the problems.
 *
 * <p>The tree is immutable and written as read, nothing evaluated. A body holds
 * {@link dev.plumbline.core.hcl.Attribute}s and {@link dev.plumbline.core.hcl.Block}s in
 * source order ({@code body.blocks("resource")}, {@code body.attribute("bucket")}); an attribute
 * holds an {@link dev.plumbline.core.hcl.Expression}, a sealed family of records: literals,
 * {@link dev.plumbline.core.hcl.Template}s (quoted strings, heredocs and JSON strings, with
 * interpolations and {@code if}/{@code for} directives), traversals ({@code var.x} is a
 * {@link dev.plumbline.core.hcl.ScopeTraversal}), splats, function calls, tuples, objects,
 * {@code for} expressions, conditionals and operators. Every node has a span; a literal string
 * also maps each of its characters back to where it is written, through escapes and heredoc
 * indentation ({@link dev.plumbline.core.hcl.TemplatePart.Literal#spanOf}). Helpers read literal
 * values ({@code stringValue()}, {@code numberValue()}, {@code boolValue()}) and references
 * ({@code traversal()}, {@link dev.plumbline.core.hcl.ScopeTraversal#names()}).
 *
 * <p>The parser accepts exactly what HashiCorp's parser accepts and reads the same structure;
 * {@code .ci/hcl-differential} checks both over the corpus. It never throws for bad input: a
 * syntax error is an {@link dev.plumbline.core.hcl.HclProblem} with its place, and the parser
 * resumes at the next top-level block. Time and memory grow linearly with the input.
 */
package dev.plumbline.core.hcl;
