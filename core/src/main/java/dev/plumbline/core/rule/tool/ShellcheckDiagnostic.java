package dev.plumbline.core.rule.tool;

import java.util.Objects;

/**
 * One comment of ShellCheck on a script, with its position turned into script offsets.
 *
 * @param code    the check's number: 2086 for SC2086
 * @param level   how serious ShellCheck thinks it is
 * @param message ShellCheck's message, as it wrote it
 * @param start   the script offset where the commented text starts
 * @param end     the script offset where it ends (exclusive; equal to {@code start} for a
 *                position rather than a range)
 */
public record ShellcheckDiagnostic(int code, ShellcheckLevel level, String message, int start,
    int end) {

  public ShellcheckDiagnostic {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  /** The code as ShellCheck writes it: {@code SC2086}. */
  public String codeName() {
    return "SC" + code;
  }
}
