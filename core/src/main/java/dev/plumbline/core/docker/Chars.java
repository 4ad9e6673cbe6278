package dev.plumbline.core.docker;

/** Character classes of the Dockerfile syntax. */
final class Chars {

  private Chars() {}

  /** Unicode white space, as Go's {@code unicode.IsSpace} that Docker's parser uses. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '\u0085';
  }

  /** The separators of Docker's whitespace-split arguments: space, tab, {@code \v \f \r}. */
  static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
