package dev.plumbline.rules.secrets;

/**
 * A credential found in a file's text.
 *
 * @param kind   what it is, for messages: "GitHub personal access token"
 * @param start  offset of its first character in the text
 * @param end    offset just past it
 * @param detail what else the message should say of where it is, starting with a space, or ""
 * @param misuse what whoever reads it can do with it: "use it"
 */
record Credential(String kind, int start, int end, String detail, String misuse) {

  Credential(String kind, int start, int end) {
    this(kind, start, end, "", "use it");
  }

  /** The finding's message, which never shows more than the first four characters. */
  String message(String text) {
    return kind + " " + redacted(text, start, end) + " is written in the file" + detail
        + ", where everyone who can read the repository can " + misuse;
  }

  /**
   * How a message names the credential without giving it away: its first four characters and
   * its length, {@code 'ghp_…' (40 characters)}.
   */
  static String redacted(String text, int start, int end) {
    int shown = text.offsetByCodePoints(start, Math.min(4, text.codePointCount(start, end)));
    return "'" + text.substring(start, shown) + "…' (" + text.codePointCount(start, end)
        + " characters)";
  }
}
