/**
 * Typed, read-only views of a parsed Dockerfile for the Dockerfile rules: the {@link
 * dev.plumbline.core.model.docker.Dockerfile}, its {@link dev.plumbline.core.model.docker.Stage}s
 * and one class per instruction ({@link dev.plumbline.core.model.docker.Run}, {@link
 * dev.plumbline.core.model.docker.Copy}...), every value with its exact span.
 */
package dev.plumbline.core.model.docker;
