/**
 * Typed, read-only views of Kubernetes objects for the Kubernetes rules: {@link
 * dev.plumbline.core.model.kubernetes.KubeObject}s read from manifest documents (including the
 * items of {@code List} kinds), the {@link dev.plumbline.core.model.kubernetes.PodSpec} inside
 * every workload kind, its {@link dev.plumbline.core.model.kubernetes.Container}s with their
 * effective {@link dev.plumbline.core.model.kubernetes.SecurityContext}, and {@link
 * dev.plumbline.core.model.kubernetes.LabelSelector}s that can be evaluated against labels. Each
 * view keeps its YAML node, so every value has its exact span.
 */
package dev.plumbline.core.model.kubernetes;
