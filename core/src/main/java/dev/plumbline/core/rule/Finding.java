package dev.plumbline.core.rule;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * @param suppressions why the finding is silenced; empty for a finding that counts
 * @param fixes    changes that resolve it, as the rule offered them; often none
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    Optional<String> hint,
    String path,
    Span span,
    String lines,
    List<Suppression> suppressions,
    List<Fix> fixes) {

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
    suppressions = List.copyOf(suppressions);
    fixes = List.copyOf(fixes);
  }

  /** A finding without fixes. */
  public Finding(String ruleId, Severity severity, String message, Optional<String> hint,
      String path, Span span, String lines, List<Suppression> suppressions) {
    this(ruleId, severity, message, hint, path, span, lines, suppressions, List.of());
  }

  /** A finding that is not suppressed and has no fixes. */
  public Finding(String ruleId, Severity severity, String message, Optional<String> hint,
      String path, Span span, String lines) {
    this(ruleId, severity, message, hint, path, span, lines, List.of());
  }

  /** Whether the finding is silenced; a suppressed finding never fails the run. */
  public boolean isSuppressed() {
    return !suppressions.isEmpty();
  }

  /** The fixes that may be applied without review. */
  public List<Fix> safeFixes() {
    return fixes.stream().filter(Fix::safe).toList();
  }

  /** This finding with one more suppression. */
  public Finding withSuppression(Suppression suppression) {
    List<Suppression> all = new ArrayList<>(suppressions);
    all.add(suppression);
    return new Finding(ruleId, severity, message, hint, path, span, lines, all, fixes);
  }
}
