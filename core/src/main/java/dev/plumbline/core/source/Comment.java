package dev.plumbline.core.source;

/**
 * A {@code #} comment: {@code span} runs from the {@code #} to the end of the line, {@code body}
 * is the text after the {@code #}.
 */
public record Comment(Span span, String body) {

  public int line() {
    return span.start().line();
  }

  /** Whether only whitespace precedes the comment on its line. */
  public boolean ownLine(SourceFile file) {
    int lineStart = file.lines().lineStart(line());
    return file.text().substring(lineStart, span.start().offset()).isBlank();
  }
}
