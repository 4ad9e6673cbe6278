package dev.plumbline.core.report;

import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.Position;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The human-readable report, in the style of rustc and ruff:
 *
 * <pre>
 * .github/workflows/ci.yml:12:13: warning[GHA001] Action is not pinned to a full commit SHA
 *    |
 * 12 |       uses: actions/checkout@v4
 *    |             ^^^^^^^^^^^^^^^^^^^
 *    = hint: pin it to the commit SHA of the release
 *
 * Found 1 warning in 1 file (12 files linted).
 * </pre>
 *
 * <p>Suppressed findings are not shown; the footer counts them, when there are any:
 * {@code Found 1 warning in 1 file (12 files linted, 3 suppressed).}
 *
 * <p>The caret underline covers the span on its first line; a span reaching over several lines
 * is underlined to the end of the first one, an empty span gets one caret. Tabs in the source
 * line are expanded to the next multiple of {@value #TAB_WIDTH} columns, and characters that
 * take two terminal columns (CJK, emoji) get two carets, so the underline stays aligned. Of a
 * line longer than {@value #MAX_SHOWN} code points (minified or generated files), a window
 * starting {@value #CONTEXT} code points before the span is shown, with {@code ...} where the
 * line is cut.
 *
 * <p>Every piece of text that comes from a scanned file (path, message, source line, hint) is
 * passed through {@link TerminalText#escape(String)}; the underline is computed on the escaped
 * text. With {@link ReportContext#colour()} the severity and underline are coloured, the
 * location and rule ID bold and the gutter blue; without it the output holds no escape
 * sequence at all. Notifications are not part of this report (the command line prints them on
 * standard error).
 */
public final class ConsoleReporter implements Reporter {

  /** Tab stops of the source line, in terminal columns. */
  public static final int TAB_WIDTH = 4;

  /** Code points shown of a source line; a longer line is cut around the span. */
  static final int MAX_SHOWN = 120;
  /** Code points shown before the span when a line is cut. */
  private static final int CONTEXT = 40;
  private static final String CUT = "...";

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String CYAN = "\u001b[1;36m";
  private static final String BLUE = "\u001b[1;34m";

  @Override
  public void write(ReportContext context, Writer out) throws IOException {
    boolean colour = context.colour();
    for (Finding finding : context.result().findings()) {
      if (finding.isSuppressed()) {
        continue;
      }
      out.write(render(finding, colour));
      out.write('\n');
    }
    out.write(footer(Summary.of(context.result())));
    out.write('\n');
  }

  /** One finding: header, source line, underline and hint, each line ending in {@code \n}. */
  static String render(Finding finding, boolean colour) {
    Position start = finding.span().start();
    String severityColour = colourOf(finding.severity());
    StringBuilder out = new StringBuilder();
    out.append(paint(colour, BOLD, TerminalText.escape(finding.path()) + ":" + start.line() + ":"
            + start.column() + ":"))
        .append(' ')
        .append(paint(colour, severityColour, finding.severity().label()))
        .append(paint(colour, BOLD, "[" + finding.ruleId() + "]"))
        .append(' ')
        .append(TerminalText.escape(finding.message()))
        .append('\n');

    String lineNumber = Integer.toString(start.line());
    String pad = " ".repeat(lineNumber.length());
    String source = Snippets.firstLine(finding);
    int n = source.codePointCount(0, source.length());
    int from = clamp(start.column() - 1, 0, n);
    int to = finding.span().end().line() == start.line()
        ? clamp(finding.span().end().column() - 1, from, n)
        : n;
    // a long (minified, generated) line is shown as a window around the span
    int windowStart = n <= MAX_SHOWN ? 0 : clamp(from - CONTEXT, 0, n - MAX_SHOWN);
    int windowEnd = Math.min(n, windowStart + MAX_SHOWN);
    String before = windowStart > 0 ? CUT : "";
    String after = windowEnd < n ? CUT : "";
    DisplayLine line = DisplayLine.of(source.substring(source.offsetByCodePoints(0, windowStart),
        source.offsetByCodePoints(0, windowEnd)));
    int indent = before.length() + line.columnAt(from - windowStart);
    int width = Math.max(1, before.length() + line.columnAt(Math.min(to, windowEnd) - windowStart)
        - indent);

    out.append(pad).append(' ').append(paint(colour, BLUE, "|")).append('\n');
    out.append(paint(colour, BLUE, lineNumber + " |"));
    if (n > 0) {
      out.append(' ').append(before).append(line.text()).append(after);
    }
    out.append('\n');
    out.append(pad).append(' ').append(paint(colour, BLUE, "|")).append(' ')
        .append(" ".repeat(indent))
        .append(paint(colour, severityColour, "^".repeat(width)))
        .append('\n');
    finding.hint().ifPresent(hint -> out.append(pad).append(' ')
        .append(paint(colour, BLUE, "=")).append(' ')
        .append(paint(colour, BOLD, "hint:")).append(' ')
        .append(TerminalText.escape(hint)).append('\n'));
    return out.toString();
  }

  /**
   * The last line: {@code Found 3 errors, 2 warnings and 1 note in 4 files (12 files linted).}
   * or {@code No findings (12 files linted).}, with {@code , 2 suppressed} inside the
   * parentheses when findings were suppressed.
   */
  static String footer(Summary summary) {
    String linted = "(" + count(summary.filesLinted(), "file") + " linted"
        + (summary.suppressed() > 0 ? ", " + summary.suppressed() + " suppressed" : "") + ").";
    if (summary.findings() == 0) {
      return "No findings " + linted;
    }
    List<String> parts = new ArrayList<>();
    if (summary.errors() > 0) {
      parts.add(count(summary.errors(), "error"));
    }
    if (summary.warnings() > 0) {
      parts.add(count(summary.warnings(), "warning"));
    }
    if (summary.notes() > 0) {
      parts.add(count(summary.notes(), "note"));
    }
    String counted = parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and "
            + parts.get(parts.size() - 1);
    return "Found " + counted + " in " + count(summary.filesWithFindings(), "file") + " "
        + linted;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String colourOf(Severity severity) {
    return switch (severity) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case NOTE -> CYAN;
    };
  }

  private static String paint(boolean colour, String style, String text) {
    return colour ? style + text + RESET : text;
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }

  /**
   * A source line as the terminal shows it: tabs expanded, unsafe characters escaped, and for
   * each code point of the original line the terminal column where it starts.
   */
  private record DisplayLine(String text, int[] columns) {

    static DisplayLine of(String source) {
      StringBuilder text = new StringBuilder(source.length());
      int[] columns = new int[source.codePointCount(0, source.length()) + 1];
      int column = 0;
      int index = 0;
      for (int i = 0; i < source.length(); ) {
        int cp = source.codePointAt(i);
        i += Character.charCount(cp);
        columns[index++] = column;
        if (cp == '\t') {
          int spaces = TAB_WIDTH - column % TAB_WIDTH;
          text.append(" ".repeat(spaces));
          column += spaces;
        } else if (TerminalText.isUnsafe(cp)) {
          String escaped = TerminalText.escape(cp);
          text.append(escaped);
          column += escaped.length();
        } else {
          text.appendCodePoint(cp);
          column += width(cp);
        }
      }
      columns[index] = column;
      return new DisplayLine(text.toString(), columns);
    }

    int codePoints() {
      return columns.length - 1;
    }

    int columnAt(int codePointIndex) {
      return columns[codePointIndex];
    }
  }

  /** Terminal columns a printable code point takes: 0 for combining marks, 2 for wide ones. */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    boolean wide = (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
