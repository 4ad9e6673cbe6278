package dev.plumbline.core.source;

/**
 * A half-open region {@code [start, end)} of a source file. An empty span ({@code start == end})
 * marks a point, for example the place where a missing key should go.
 */
public record Span(Position start, Position end) implements Comparable<Span> {

  public Span {
    if (end.offset() < start.offset()) {
      throw new IllegalArgumentException("span end " + end + " before start " + start);
    }
  }

  public static Span at(Position point) {
    return new Span(point, point);
  }

  public boolean isEmpty() {
    return start.offset() == end.offset();
  }

  public int length() {
    return end.offset() - start.offset();
  }

  public boolean contains(Span other) {
    return start.offset() <= other.start.offset() && other.end.offset() <= end.offset();
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    Position s = start.offset() <= other.start.offset() ? start : other.start;
    Position e = end.offset() >= other.end.offset() ? end : other.end;
    return new Span(s, e);
  }

  @Override
  public int compareTo(Span other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
