package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;

/**
 * Where an expression could not be read, such as a malformed number; the file has a problem
 * there. It keeps the tree whole for the parts that could be read.
 */
public record InvalidExpression(Span span) implements Expression {}
