package dev.plumbline.core.docker;

import dev.plumbline.core.source.Span;

/**
 * A parser directive at the top of a Dockerfile: {@code # syntax=docker/dockerfile:1},
 * {@code # escape=`} or {@code # check=skip=...}.
 *
 * @param name      the directive's name, lower-cased
 * @param value     its value, trimmed
 * @param span      the whole comment line
 * @param nameSpan  the name as written
 * @param valueSpan the value
 */
public record ParserDirective(String name, String value, Span span, Span nameSpan,
    Span valueSpan) {}
