package dev.plumbline.core.source;

/** A value with the span it was read from. */
public record Located<T>(T value, Span span) {}
