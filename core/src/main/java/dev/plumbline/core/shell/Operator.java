package dev.plumbline.core.shell;

/** An operator that joins commands: in a list ({@code && || ; &} newline) or a pipeline. */
public record Operator(Kind kind, int start, int end) implements ShellNode {

  /** The operators, with how they are written. */
  public enum Kind {
    AND("&&"),
    OR("||"),
    SEMICOLON(";"),
    BACKGROUND("&"),
    NEWLINE("\n"),
    PIPE("|"),
    /** {@code |&}: a pipe that also carries standard error (bash). */
    PIPE_ALL("|&");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }

    /** {@code |} or {@code |&}. */
    public boolean isPipe() {
      return this == PIPE || this == PIPE_ALL;
    }

    /** {@code ;}, {@code &} or a newline: the next command runs whatever this one did. */
    public boolean isSequence() {
      return this == SEMICOLON || this == BACKGROUND || this == NEWLINE;
    }
  }

  public String text() {
    return kind.text();
  }
}
