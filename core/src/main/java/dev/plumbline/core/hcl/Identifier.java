package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;

/** A name and where it is written, such as the variables of a {@code for} expression. */
public record Identifier(String name, Span span) {}
