package dev.plumbline.core.hcl;

/**
 * Decodes the literal text of templates: in quoted strings the escapes {@code \n}, {@code \r},
 * {@code \t}, {@code \"}, {@code \\}, {@code \}{@code uNNNN} and {@code \}{@code UNNNNNNNN};
 * everywhere {@code $${} and {@code %%{}, which stand for {@code ${} and {@code %{}.
 */
final class StringLiterals {

  private StringLiterals() {}

  /**
   * The value of {@code text[start, end)}; a bad escape is reported to {@code problems} (with
   * the offsets of the sequence) and kept as HCL keeps it.
   */
  static MappedText decode(String text, int start, int end, boolean quoted,
      Problems problems) {
    if (!needsDecoding(text, start, end, quoted)) {
      return MappedText.identity(text.substring(start, end), start);
    }
    MappedText.Builder out = new MappedText.Builder();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (quoted && c == '\\') {
        i = escape(text, i, end, out, problems);
      } else if ((c == '$' || c == '%') && i + 2 < end && text.charAt(i + 1) == c
          && text.charAt(i + 2) == '{') {
        out.append(c, i, i + 2);
        out.append('{', i + 2, i + 3);
        i += 3;
      } else {
        out.append(c, i, i + 1);
        i++;
      }
    }
    return out.build();
  }

  private static boolean needsDecoding(String text, int start, int end, boolean quoted) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (quoted && c == '\\') {
        return true;
      }
      if ((c == '$' || c == '%') && i + 2 < end && text.charAt(i + 1) == c
          && text.charAt(i + 2) == '{') {
        return true;
      }
    }
    return false;
  }

  /** Decodes the escape at {@code i}; returns the offset after it. */
  private static int escape(String text, int i, int end, MappedText.Builder out,
      Problems problems) {
    if (i + 1 >= end) {
      problems.report(i, i + 1, "a '\\' must be followed by an escape character; write '\\\\' "
          + "for a backslash");
      out.append('\\', i, i + 1);
      return i + 1;
    }
    char d = text.charAt(i + 1);
    switch (d) {
      case 'n':
        out.append('\n', i, i + 2);
        return i + 2;
      case 'r':
        out.append('\r', i, i + 2);
        return i + 2;
      case 't':
        out.append('\t', i, i + 2);
        return i + 2;
      case '"':
        out.append('"', i, i + 2);
        return i + 2;
      case '\\':
        out.append('\\', i, i + 2);
        return i + 2;
      case 'u':
      case 'U':
        return unicodeEscape(text, i, end, d == 'u' ? 4 : 8, out, problems);
      default:
        int cp = text.codePointAt(i + 1);
        int after = i + 1 + Character.charCount(cp);
        problems.report(i, after, "'\\" + new String(Character.toChars(cp))
            + "' is not a valid escape; write '\\\\' for a backslash");
        for (char ch : Character.toChars(cp)) {
          out.append(ch, i, after);
        }
        return after;
    }
  }

  private static int unicodeEscape(String text, int i, int end, int digits,
      MappedText.Builder out, Problems problems) {
    int j = i + 2;
    while (j < end && j < i + 2 + digits && Character.digit(text.charAt(j), 16) >= 0) {
      j++;
    }
    char letter = text.charAt(i + 1);
    if (j - (i + 2) != digits) {
      problems.report(i, j, "'\\" + letter + "' must be followed by " + (digits == 4 ? "four"
          : "eight") + " hexadecimal digits");
      for (int k = i; k < j; k++) {
        out.append(text.charAt(k), k, k + 1);
      }
      return j;
    }
    long cp = Long.parseLong(text.substring(i + 2, j), 16);
    if (cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF) {
      problems.report(i, j, String.format("U+%04X is not a character that UTF-8 can encode", cp));
      return j;
    }
    for (char ch : Character.toChars((int) cp)) {
      out.append(ch, i, j);
    }
    return j;
  }

  /** Where decoding problems go: offsets of the lexer's text and a message. */
  interface Problems {
    void report(int start, int end, String message);
  }
}
