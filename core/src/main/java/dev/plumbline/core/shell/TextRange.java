package dev.plumbline.core.shell;

/**
 * A range of script text, {@code [start, end)}. Used to name the parts of a script the lexer must
 * treat as opaque word characters, such as GitHub's {@code ${{ }}} expressions, which the runner
 * replaces before the shell sees the script.
 */
public record TextRange(int start, int end) implements ShellNode {

  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }
}
