package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;

/**
 * An attribute definition: {@code name = expression}.
 *
 * @param name       the attribute's name
 * @param nameSpan   where the name is written (in JSON, the property name with its quotes)
 * @param expression the value
 * @param span       from the name to the end of the value
 */
public record Attribute(String name, Span nameSpan, Expression expression, Span span)
    implements BodyItem {}
