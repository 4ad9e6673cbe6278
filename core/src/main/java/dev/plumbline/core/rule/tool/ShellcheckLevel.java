package dev.plumbline.core.rule.tool;

import java.util.Arrays;
import java.util.Optional;

/** ShellCheck's levels, most serious first, with the names its options and output use. */
public enum ShellcheckLevel {
  ERROR("error"),
  WARNING("warning"),
  INFO("info"),
  STYLE("style");

  private final String label;

  ShellcheckLevel(String label) {
    this.label = label;
  }

  /** The name in ShellCheck's output and in its {@code --severity} option. */
  public String label() {
    return label;
  }

  /** The level with this name (exact, as ShellCheck writes it). */
  public static Optional<ShellcheckLevel> fromLabel(String label) {
    return Arrays.stream(values()).filter(l -> l.label.equals(label)).findFirst();
  }
}
