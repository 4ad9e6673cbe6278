package dev.plumbline.core.engine.config;

import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a run fails (exit status 1): at findings of at least a severity, or never. Set by
 * {@code --fail-on} or the configuration's {@code fail-on}.
 */
public enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NOTE(Severity.NOTE),
  NEVER(null);

  /** Used when neither the command line nor the configuration says. */
  public static final FailOn DEFAULT = WARNING;

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /** The word used on the command line and in the configuration: {@code warning}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every label, most severe first. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(FailOn::label).toList();
  }

  public static Optional<FailOn> fromLabel(String label) {
    return Arrays.stream(values()).filter(f -> f.label().equals(label)).findFirst();
  }

  /** The least severity that fails the run; empty for {@link #NEVER}. */
  public Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }

  /**
   * Whether these findings fail the run: one that is not suppressed has at least the threshold
   * severity (the severity it was reported with, after configuration).
   */
  public boolean failsOn(List<Finding> findings) {
    return threshold != null && findings.stream()
        .anyMatch(f -> !f.isSuppressed() && f.severity().isAtLeast(threshold));
  }
}
