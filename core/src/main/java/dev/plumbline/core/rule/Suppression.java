package dev.plumbline.core.rule;

import java.util.Objects;

/**
 * Why a finding is not counted: it was silenced in the file it is in, or from outside it (a
 * baseline). Suppressed findings are still carried to the reports that can show them (SARIF
 * {@code suppressions[]}, JSON); they never fail the run.
 *
 * @param kind          where the suppression was written
 * @param justification the reason given with it; empty when none was given
 */
public record Suppression(Kind kind, String justification) {

  /** Where a suppression comes from, as SARIF names it. */
  public enum Kind {
    /** A comment or annotation in the linted file itself. */
    IN_SOURCE("inSource"),
    /** Something outside the file, such as a baseline. */
    EXTERNAL("external");

    private final String sarifName;

    Kind(String sarifName) {
      this.sarifName = sarifName;
    }

    /** The SARIF {@code suppression.kind} value. */
    public String sarifName() {
      return sarifName;
    }
  }

  public Suppression {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(justification, "justification");
  }

  public static Suppression inSource(String justification) {
    return new Suppression(Kind.IN_SOURCE, justification);
  }

  public static Suppression external(String justification) {
    return new Suppression(Kind.EXTERNAL, justification);
  }
}
