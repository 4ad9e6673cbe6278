package dev.plumbline.core.yaml.schema;

import dev.plumbline.core.source.Span;

/** A place where a YAML document does not have the expected shape. */
public record Violation(Span span, String message) {}
