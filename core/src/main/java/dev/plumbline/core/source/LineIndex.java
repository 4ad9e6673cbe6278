package dev.plumbline.core.source;

import java.util.Arrays;

/**
 * Maps offsets of a text to lines and code-point columns. Line terminators are {@code \n},
 * {@code \r\n} and a lone {@code \r}, as in YAML 1.2, Dockerfiles and HCL.
 */
public final class LineIndex {

  private final String text;
  private final int[] lineStarts;
  /** Whether some code point takes two chars; without one, columns are char counts. */
  private final boolean surrogates;

  public LineIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    boolean anySurrogate = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      anySurrogate |= Character.isSurrogate(c);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\n' || c == '\r') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
    this.surrogates = anySurrogate;
  }

  /** Number of lines; a text ending in a line break has an empty last line. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** Offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[checkLine(line) - 1];
  }

  /** Offset just past the last character of a line, excluding its terminator. */
  public int lineEnd(int line) {
    checkLine(line);
    if (line == lineStarts.length) {
      return text.length();
    }
    int next = lineStarts[line];
    boolean crlf = text.charAt(next - 1) == '\n' && next - 2 >= lineStarts[line - 1]
        && text.charAt(next - 2) == '\r';
    return crlf ? next - 2 : next - 1;
  }

  /** Text of a 1-based line without its terminator. */
  public String lineText(int line) {
    return text.substring(lineStart(line), lineEnd(line));
  }

  /** 1-based line containing an offset; an offset at text end belongs to the last line. */
  public int lineOf(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  public Position position(int offset) {
    int line = lineOf(offset);
    int start = lineStarts[line - 1];
    return new Position(line, columnOf(start, offset), offset);
  }

  /**
   * Position of a 1-based line and code-point column; columns past the end of the line are
   * clamped to the line's end.
   */
  public Position position(int line, int column) {
    int start = lineStart(line);
    int end = lineEnd(line);
    int offset;
    if (!surrogates) {
      offset = start + Math.max(0, column - 1);
    } else {
      try {
        offset = text.offsetByCodePoints(start, Math.max(0, column - 1));
      } catch (IndexOutOfBoundsException e) {
        offset = end;
      }
    }
    if (offset > end || offset < start) {
      offset = end;
    }
    return new Position(line, columnOf(start, offset), offset);
  }

  private int columnOf(int lineStart, int offset) {
    return (surrogates ? text.codePointCount(lineStart, offset) : offset - lineStart) + 1;
  }

  private int checkLine(int line) {
    if (line < 1 || line > lineStarts.length) {
      throw new IndexOutOfBoundsException("line " + line + " of " + lineStarts.length);
    }
    return line;
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " of " + text.length());
    }
  }
}
