package dev.plumbline.core.rule.docs;

/** Escaping for generated Markdown that GitHub renders as written. */
final class Markdown {

  private static final String SPECIAL = "\\`*_[]<>|";

  private Markdown() {}

  /**
   * Plain text for a table cell: Markdown and HTML characters and the cell separator {@code |}
   * backslash-escaped, line breaks turned into spaces.
   */
  static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(' ');
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A code span for a table cell: delimited by more backticks than the text holds in a row, with
   * {@code |} escaped (GitHub splits cells before reading code spans).
   */
  static String codeCell(String text) {
    String code = text.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    String ticks = "`".repeat(longestRun(code, '`') + 1);
    boolean pad = code.startsWith("`") || code.endsWith("`");
    return ticks + (pad ? " " + code + " " : code) + ticks;
  }

  /** A fenced code block, its fence longer than any run of backticks in the text. */
  static String codeBlock(String language, String text) {
    String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
    String body = text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    return fence + language + "\n" + body + fence + "\n";
  }

  private static int longestRun(String text, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
