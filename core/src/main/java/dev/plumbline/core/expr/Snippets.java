package dev.plumbline.core.expr;

/**
 * Quotes source text for error messages: shortened, and with control characters escaped so
 * that a message never carries a raw line break or terminal escape from a scanned file.
 */
final class Snippets {

  private static final int MAX_LENGTH = 24;

  private Snippets() {
  }

  /** {@code text} in single quotes, shortened and escaped as by {@link #show}. */
  static String quote(String text) {
    return "'" + show(text) + "'";
  }

  /** At most 24 characters of {@code text}, invisible ones escaped. */
  static String show(String text) {
    return escape(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 3) + "..." : text);
  }

  /** One code point, quoted, or as {@code U+XXXX} when it would not print visibly. */
  static String codePoint(int codePoint) {
    if (invisible(codePoint)) {
      return String.format("U+%04X", codePoint);
    }
    return "'" + new String(Character.toChars(codePoint)) + "'";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (invisible(cp)) {
            out.append(String.format("\\u%04X", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }

  private static boolean invisible(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isISOControl(codePoint) || !Character.isDefined(codePoint)
        || type == Character.FORMAT || type == Character.SURROGATE;
  }
}
