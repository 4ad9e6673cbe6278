package dev.plumbline.core.report;

import java.util.Locale;

/**
 * Escapes text from scanned files for XML 1.0 content and attribute values, so that any string
 * gives well-formed XML.
 *
 * <ul>
 *   <li>{@code & < > "} become entity references; in attribute values tab, line feed and
 *       carriage return become character references too, so that attribute-value
 *       normalisation does not turn them into spaces.
 *   <li>Characters XML 1.0 does not allow at all, not even as character references (C0
 *       controls other than tab, line feed and carriage return, unpaired surrogates, U+FFFE,
 *       U+FFFF), are replaced by their visible {@link TerminalText#escape(int)} form, for
 *       example {@code \x1b}.
 *   <li>Characters XML allows but a terminal must not see as they are (DEL, C1 controls,
 *       bidirectional controls) are written as character references such as
 *       {@code &#x202E;}: the parsed text is unchanged, the file stays harmless to print.
 * </ul>
 */
final class XmlText {

  private XmlText() {}

  /** {@code text} for element content. */
  static String content(String text) {
    return escape(text, false);
  }

  /** {@code text} for an attribute value in double quotes. */
  static String attribute(String text) {
    return escape(text, true);
  }

  /** Whether XML 1.0 allows a code point in a document (its production {@code Char}). */
  static boolean isAllowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  private static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        // a raw carriage return would be read as a line break and lost
        case '\r' -> out.append("&#13;");
        default -> {
          if (!isAllowed(cp)) {
            out.append(TerminalText.escape(cp));
          } else if (TerminalText.isUnsafe(cp)) {
            out.append(String.format(Locale.ROOT, "&#x%X;", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.toString();
  }
}
