package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;

/**
 * How a heredoc template is written.
 *
 * @param marker      the word that closes it, such as {@code EOT}
 * @param indented    {@code <<-}: the common indentation of its lines is removed
 * @param openerSpan  where {@code <<EOT} or {@code <<-EOT} is
 * @param closerSpan  where the closing marker is (without the spaces around it)
 */
public record Heredoc(String marker, boolean indented, Span openerSpan, Span closerSpan) {}
