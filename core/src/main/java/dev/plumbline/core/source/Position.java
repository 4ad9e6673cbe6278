package dev.plumbline.core.source;

/**
 * A point in a source file.
 *
 * @param line   1-based line number
 * @param column 1-based column, counted in Unicode code points (SARIF {@code unicodeCodePoints})
 * @param offset 0-based index into {@link SourceFile#text()} (UTF-16 code units), for slicing
 */
public record Position(int line, int column, int offset) implements Comparable<Position> {

  public Position {
    if (line < 1 || column < 1 || offset < 0) {
      throw new IllegalArgumentException("invalid position " + line + ":" + column + " @" + offset);
    }
  }

  @Override
  public int compareTo(Position other) {
    return Integer.compare(offset, other.offset);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
