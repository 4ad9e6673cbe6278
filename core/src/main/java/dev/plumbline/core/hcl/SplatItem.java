package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;

/** The element a splat's steps apply to; its span is the splat's {@code [*]} or {@code .*}. */
public record SplatItem(Span span) implements Expression {}
