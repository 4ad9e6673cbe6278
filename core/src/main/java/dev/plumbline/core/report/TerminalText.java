package dev.plumbline.core.report;

import java.util.Locale;

/**
 * Makes text from scanned files safe to print on a terminal. A hostile file could otherwise
 * move the cursor, rewrite earlier output or change the window title with escape sequences, or
 * reorder what the reader sees with bidirectional controls ("Trojan Source").
 *
 * <p>Escaped are the C0 controls except tab, DEL, the C1 controls, the bidirectional embedding,
 * override and isolate controls U+202A-U+202E and U+2066-U+2069, and the bidirectional marks
 * U+200E, U+200F and U+061C. C0, DEL and C1 become {@code \xHH} (for example {@code \x1b});
 * the others {@code \\uHHHH} (for example {@code \u202e}). Everything else, tab included, is
 * kept.
 */
public final class TerminalText {

  private TerminalText() {}

  /** Whether a code point must not reach a terminal as is. */
  public static boolean isUnsafe(int codePoint) {
    return (codePoint < 0x20 && codePoint != '\t')
        || (codePoint >= 0x7F && codePoint <= 0x9F)
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069)
        || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
  }

  /** The printable form of one unsafe code point, for example {@code \x1b} or {@code \u202e}. */
  public static String escape(int codePoint) {
    return codePoint <= 0xFF
        ? String.format(Locale.ROOT, "\\x%02x", codePoint)
        : String.format(Locale.ROOT, "\\u%04x", codePoint);
  }

  /** {@code text} with every unsafe code point escaped. */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isUnsafe(cp)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(escape(cp));
      } else if (out != null) {
        out.append(text, i, next);
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }
}
