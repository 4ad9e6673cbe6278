package dev.plumbline.core.docker;

import dev.plumbline.core.source.Span;

/** Something in a Dockerfile that Docker would reject or read differently than it looks. */
public record DockerProblem(Span span, String message) {}
