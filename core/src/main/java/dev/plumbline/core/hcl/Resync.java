package dev.plumbline.core.hcl;

/**
 * Where parsing resumes after a syntax error: the next line that starts, in its first column,
 * like a top-level item — {@code name = ...} or {@code type "label" label {} — as formatted
 * Terraform writes every top-level block.
 */
final class Resync {

  private Resync() {}

  /** The start of the first such line after the line holding {@code offset}; else the end. */
  static int next(String text, int offset) {
    int line = text.indexOf('\n', Math.min(offset, text.length()));
    while (line >= 0) {
      int start = line + 1;
      if (looksLikeTopLevelItem(text, start)) {
        return start;
      }
      line = text.indexOf('\n', start);
    }
    return text.length();
  }

  static boolean looksLikeTopLevelItem(String text, int start) {
    int i = identifierEnd(text, start);
    if (i == start) {
      return false;
    }
    i = skipSpaces(text, i);
    if (i < text.length() && text.charAt(i) == '=') {
      return i + 1 >= text.length() || text.charAt(i + 1) != '=' && text.charAt(i + 1) != '>';
    }
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{') {
        return true;
      }
      if (c == '"') {
        i = quotedEnd(text, i);
        if (i < 0) {
          return false;
        }
      } else {
        int end = identifierEnd(text, i);
        if (end == i) {
          return false;
        }
        i = end;
      }
      i = skipSpaces(text, i);
    }
    return false;
  }

  private static int identifierEnd(String text, int i) {
    if (i >= text.length() || !HclChars.isIdentifierStart(text.codePointAt(i))) {
      return i;
    }
    i += Character.charCount(text.codePointAt(i));
    while (i < text.length() && HclChars.isIdentifierPart(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The offset after the closing quote of the string at {@code i}; -1 if the line ends first. */
  private static int quotedEnd(String text, int i) {
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '\\') {
        j++;
      } else if (c == '"') {
        return j + 1;
      }
    }
    return -1;
  }
}
