package dev.plumbline.core.hcl;

/** Character classes of the HCL native syntax. */
final class HclChars {

  private HclChars() {}

  /** Unicode {@code ID_Start}, or {@code _}. */
  static boolean isIdentifierStart(int cp) {
    return cp == '_' || Character.isUnicodeIdentifierStart(cp);
  }

  /** Unicode {@code ID_Continue}, or {@code -}. */
  static boolean isIdentifierPart(int cp) {
    return cp == '-'
        || Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  /** Whether the whole text is one identifier. */
  static boolean isIdentifier(CharSequence text) {
    if (text.length() == 0) {
      return false;
    }
    int cp = Character.codePointAt(text, 0);
    if (!isIdentifierStart(cp)) {
      return false;
    }
    for (int i = Character.charCount(cp); i < text.length(); i += Character.charCount(cp)) {
      cp = Character.codePointAt(text, i);
      if (!isIdentifierPart(cp)) {
        return false;
      }
    }
    return true;
  }

  /**
   * White space as HCL trims it (strip markers, heredoc indentation and closing markers): the
   * ASCII spaces and line breaks, NEL, no-break space and the Unicode separators.
   */
  static boolean isSpace(int cp) {
    switch (cp) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0:
        return true;
      default:
        if (cp < 0x1680) {
          return false;
        }
        int type = Character.getType(cp);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR;
    }
  }

  static String trimLeft(String s) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isSpace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return s.substring(i);
  }

  /** Number of chars removed by {@link #trimLeft}. */
  static int leadingSpace(String s) {
    return s.length() - trimLeft(s).length();
  }

  /** Number of chars at the end of {@code s} that are white space. */
  static int trailingSpace(String s) {
    int i = s.length();
    while (i > 0) {
      int cp = s.codePointBefore(i);
      if (!isSpace(cp)) {
        break;
      }
      i -= Character.charCount(cp);
    }
    return s.length() - i;
  }
}
