package dev.plumbline.core.rule;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; the order is from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The lower-case name used on the command line, in config files and in SARIF {@code level}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this is at least as severe as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  public static Optional<Severity> fromLabel(String label) {
    for (Severity s : values()) {
      if (s.label().equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
