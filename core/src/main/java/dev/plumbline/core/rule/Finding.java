package dev.plumbline.core.rule;

import dev.plumbline.core.source.Span;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in one file.
 *
 * @param ruleId   the rule that reported it
 * @param severity effective severity
 * @param message  what is wrong
 * @param hint     how to fix it, if the rule said
 * @param path     file path relative to the scan's base directory, {@code /}-separated
 * @param span     where, in that file
 * @param lines    the full source lines the span covers (for snippets and fingerprints)
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    Optional<String> hint,
    String path,
    Span span,
    String lines) {

  /** Report order: path, line, column, rule, message. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
      .thenComparingInt((Finding f) -> f.span().start().line())
      .thenComparingInt(f -> f.span().start().column())
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message)
      .thenComparingInt(f -> f.span().end().offset());

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(lines, "lines");
  }
}
