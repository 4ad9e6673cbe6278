package dev.plumbline.core.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps each character of a scalar's value to the source text it came from. The value is rebuilt
 * from the source by the YAML 1.2 rules for the scalar's style (quotes, escapes, line folding,
 * block indentation, chomping) while recording offsets; if the rebuilt value differs from the
 * parser's, the map is marked inexact and callers fall back to the whole scalar.
 */
final class ScalarSourceMap {

  private static final ScalarSourceMap INEXACT = new ScalarSourceMap(new int[0], new int[0], false);

  private final int[] starts;
  private final int[] ends;
  private final boolean exact;

  private ScalarSourceMap(int[] starts, int[] ends, boolean exact) {
    this.starts = starts;
    this.ends = ends;
    this.exact = exact;
  }

  boolean exact() {
    return exact;
  }

  /** Source offset where value character {@code i} starts. */
  int start(int i) {
    return starts[i];
  }

  /** Source offset just past the text that produced value character {@code i}. */
  int end(int i) {
    return ends[i];
  }

  /**
   * @param text  the whole file
   * @param start offset of the scalar's first character (quote or block indicator included)
   * @param end   offset just past the scalar's text, as the parser reported it
   * @param style how it is written
   * @param value the parser's value, to verify against
   */
  static ScalarSourceMap build(String text, int start, int end, ScalarStyle style, String value) {
    try {
      Builder b = new Builder(text);
      switch (style) {
        case PLAIN -> b.flow(start, end, style);
        case SINGLE_QUOTED, DOUBLE_QUOTED -> b.flow(start + 1, end - 1, style);
        case LITERAL, FOLDED -> {
          return block(text, start, end, style, value);
        }
      }
      return b.result(value);
    } catch (RuntimeException e) {
      return INEXACT; // malformed or unexpected layout: the whole scalar is still a valid span
    }
  }

  private static ScalarSourceMap block(String text, int start, int end, ScalarStyle style,
      String value) {
    BlockHeader header = BlockHeader.read(text, start, end);
    List<Line> lines = Line.split(text, header.contentStart, end);
    int autoIndent = autoIndent(lines);
    if (header.explicitIndent == 0) {
      return buildBlock(text, lines, autoIndent, header.chomp, style).result(value);
    }
    // The indicator is relative to the parent's indentation, which the scalar alone does not
    // show: try every indentation the content allows.
    for (int indent = autoIndent; indent >= header.explicitIndent; indent--) {
      ScalarSourceMap map = buildBlock(text, lines, indent, header.chomp, style).result(value);
      if (map.exact) {
        return map;
      }
    }
    return INEXACT;
  }

  private static int autoIndent(List<Line> lines) {
    for (Line line : lines) {
      if (!line.blank()) {
        return line.leadingSpaces();
      }
    }
    return 0;
  }

  private static Builder buildBlock(String text, List<Line> lines, int indent, char chomp,
      ScalarStyle style) {
    Builder b = new Builder(text);
    int lastText = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).emptyAt(indent)) {
        lastText = i;
      }
    }
    Line previousText = null;
    List<Line> pendingEmpty = new ArrayList<>();
    for (int i = 0; i <= lastText; i++) {
      Line line = lines.get(i);
      if (line.emptyAt(indent)) {
        pendingEmpty.add(line);
        continue;
      }
      if (previousText == null) {
        for (Line empty : pendingEmpty) {
          b.lineBreak(empty);
        }
      } else if (style == ScalarStyle.FOLDED && !previousText.moreIndented(indent)
          && !line.moreIndented(indent)) {
        if (pendingEmpty.isEmpty()) {
          b.emit(' ', previousText.breakStart, previousText.breakEnd);
        } else {
          for (Line empty : pendingEmpty) {
            b.lineBreak(empty);
          }
        }
      } else {
        b.lineBreak(previousText);
        for (Line empty : pendingEmpty) {
          b.lineBreak(empty);
        }
      }
      pendingEmpty.clear();
      b.copy(line.start + indent, line.end);
      previousText = line;
    }
    if (previousText != null && chomp != '-' && previousText.breakEnd > previousText.breakStart) {
      b.lineBreak(previousText);
    }
    if (chomp == '+') {
      for (int i = Math.max(lastText + 1, 0); i < lines.size(); i++) {
        if (lines.get(i).breakEnd > lines.get(i).breakStart) {
          b.lineBreak(lines.get(i));
        }
      }
    }
    return b;
  }

  /** The header of a block scalar: {@code |}, {@code >}, chomping and indentation indicators. */
  private record BlockHeader(char chomp, int explicitIndent, int contentStart) {
    static BlockHeader read(String text, int start, int end) {
      char chomp = ' ';
      int indent = 0;
      int i = start + 1;
      while (i < end) {
        char c = text.charAt(i);
        if (c == '-' || c == '+') {
          chomp = c;
        } else if (c >= '1' && c <= '9') {
          indent = c - '0';
        } else {
          break;
        }
        i++;
      }
      while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++; // spaces and a comment
      }
      if (i < end && text.charAt(i) == '\r') {
        i++;
      }
      if (i < end && text.charAt(i) == '\n') {
        i++;
      }
      return new BlockHeader(chomp, indent, i);
    }
  }

  /** A source line of a block scalar: content {@code [start, end)}, terminator {@code [breakStart, breakEnd)}. */
  private record Line(int start, int end, int breakStart, int breakEnd, String text) {

    static List<Line> split(String text, int from, int to) {
      List<Line> lines = new ArrayList<>();
      int i = from;
      while (i < to) {
        int lineEnd = i;
        while (lineEnd < to && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
          lineEnd++;
        }
        int breakEnd = lineEnd;
        if (breakEnd < to && text.charAt(breakEnd) == '\r') {
          breakEnd++;
        }
        if (breakEnd < to && text.charAt(breakEnd) == '\n' && (breakEnd == lineEnd
            || text.charAt(breakEnd - 1) == '\r')) {
          breakEnd++;
        }
        lines.add(new Line(i, lineEnd, lineEnd, breakEnd, text));
        i = breakEnd;
      }
      return lines;
    }

    int leadingSpaces() {
      int n = 0;
      while (start + n < end && text.charAt(start + n) == ' ') {
        n++;
      }
      return n;
    }

    boolean blank() {
      return leadingSpaces() == end - start;
    }

    /** A line that holds no content at this indentation: only up to {@code indent} spaces. */
    boolean emptyAt(int indent) {
      return blank() && end - start <= indent;
    }

    /** Folding keeps the line breaks around lines that begin with white space. */
    boolean moreIndented(int indent) {
      if (start + indent >= end) {
        return false;
      }
      char c = text.charAt(start + indent);
      return c == ' ' || c == '\t';
    }
  }

  /** Accumulates value characters with the source range each came from. */
  private static final class Builder {
    private final String text;
    private final StringBuilder value = new StringBuilder();
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private final List<Integer> pendingSpace = new ArrayList<>();

    Builder(String text) {
      this.text = text;
    }

    void emit(char c, int from, int to) {
      if (value.length() == starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
      starts[value.length()] = from;
      ends[value.length()] = to;
      value.append(c);
    }

    void copy(int from, int to) {
      for (int i = from; i < to; i++) {
        emit(text.charAt(i), i, i + 1);
      }
    }

    void lineBreak(Line line) {
      emit('\n', line.breakStart, Math.max(line.breakEnd, line.breakStart + 1));
    }

    /** Flow scalar content {@code [from, to)}: plain, single- or double-quoted. */
    void flow(int from, int to, ScalarStyle style) {
      int i = from;
      while (i < to) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          i = fold(i, to);
        } else if (c == ' ' || c == '\t') {
          pendingSpace.add(i++);
        } else {
          flushSpace();
          if (style == ScalarStyle.DOUBLE_QUOTED && c == '\\') {
            i = escape(i, to);
          } else if (style == ScalarStyle.SINGLE_QUOTED && c == '\'' && i + 1 < to
              && text.charAt(i + 1) == '\'') {
            emit('\'', i, i + 2);
            i += 2;
          } else {
            emit(c, i, i + 1);
            i++;
          }
        }
      }
      flushSpace();
    }

    private void flushSpace() {
      for (int at : pendingSpace) {
        emit(text.charAt(at), at, at + 1);
      }
      pendingSpace.clear();
    }

    /** Line folding: one break becomes a space, n breaks become n-1 newlines. */
    private int fold(int i, int to) {
      pendingSpace.clear(); // trailing white space before a break is not content
      List<int[]> breaks = new ArrayList<>();
      while (i < to) {
        char c = text.charAt(i);
        if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
          breaks.add(new int[] {i, i + 2});
          i += 2;
        } else if (c == '\n' || c == '\r') {
          breaks.add(new int[] {i, i + 1});
          i++;
        } else if (c == ' ' || c == '\t') {
          i++;
        } else {
          break;
        }
      }
      if (breaks.size() == 1) {
        emit(' ', breaks.get(0)[0], breaks.get(0)[1]);
      } else {
        for (int k = 1; k < breaks.size(); k++) {
          emit('\n', breaks.get(k)[0], breaks.get(k)[1]);
        }
      }
      return i;
    }

    private int escape(int i, int to) {
      char e = text.charAt(i + 1);
      if (e == '\n' || e == '\r') {
        // an escaped line break joins the lines without a space
        int j = i + 1;
        j += (e == '\r' && j + 1 < to && text.charAt(j + 1) == '\n') ? 2 : 1;
        while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
          j++;
        }
        return j;
      }
      int hexDigits = switch (e) {
        case 'x' -> 2;
        case 'u' -> 4;
        case 'U' -> 8;
        default -> 0;
      };
      if (hexDigits > 0) {
        int end = i + 2 + hexDigits;
        int codePoint = Integer.parseInt(text.substring(i + 2, end), 16);
        for (char c : Character.toChars(codePoint)) {
          emit(c, i, end);
        }
        return end;
      }
      char decoded = switch (e) {
        case '0' -> '\0';
        case 'a' -> '\u0007';
        case 'b' -> '\b';
        case 't', '\t' -> '\t';
        case 'n' -> '\n';
        case 'v' -> '\u000B';
        case 'f' -> '\f';
        case 'r' -> '\r';
        case 'e' -> '\u001B';
        case 'N' -> '\u0085';
        case '_' -> '\u00A0';
        case 'L' -> '\u2028';
        case 'P' -> '\u2029';
        default -> e; // space, quote, slash, backslash
      };
      emit(decoded, i, i + 2);
      return i + 2;
    }

    ScalarSourceMap result(String expected) {
      if (!value.toString().equals(expected)) {
        return INEXACT;
      }
      return new ScalarSourceMap(Arrays.copyOf(starts, value.length()),
          Arrays.copyOf(ends, value.length()), true);
    }
  }
}
