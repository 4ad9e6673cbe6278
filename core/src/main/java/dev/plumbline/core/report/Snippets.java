package dev.plumbline.core.report;

import dev.plumbline.core.rule.Finding;

/** Cuts a finding's span out of its {@link Finding#lines()}. */
final class Snippets {

  private Snippets() {}

  /** The first source line of the finding, without its line break. */
  static String firstLine(Finding finding) {
    String lines = finding.lines();
    int nl = lines.indexOf('\n');
    return nl < 0 ? lines : lines.substring(0, nl);
  }

  /**
   * The text of the finding's span. Columns past the end of a line select its line break too;
   * positions outside {@code lines} are clamped to it.
   */
  static String spanText(Finding finding) {
    String lines = finding.lines();
    int start = offsetOf(lines, 0, finding.span().start().column());
    int endLine = finding.span().end().line() - finding.span().start().line();
    int end = offsetOf(lines, endLine, finding.span().end().column());
    return end <= start ? "" : lines.substring(start, end);
  }

  /** Offset in {@code text} of a 1-based code-point column on a 0-based line of it. */
  static int offsetOf(String text, int lineIndex, int column) {
    int lineStart = 0;
    for (int i = 0; i < lineIndex; i++) {
      int nl = text.indexOf('\n', lineStart);
      if (nl < 0) {
        return text.length();
      }
      lineStart = nl + 1;
    }
    int lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    int wanted = Math.max(0, column - 1);
    if (wanted <= text.codePointCount(lineStart, lineEnd)) {
      return text.offsetByCodePoints(lineStart, wanted);
    }
    return lineEnd < text.length() ? lineEnd + 1 : lineEnd;
  }
}
