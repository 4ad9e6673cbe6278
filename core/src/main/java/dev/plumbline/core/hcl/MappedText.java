package dev.plumbline.core.hcl;

import java.util.Arrays;

/**
 * A string with, for each character, where it came from in the lexer's text: an escape
 * sequence maps its one character to the whole sequence, and text joined from several places
 * (heredoc lines without their indentation) keeps each piece's origin. Stored as runs: a run of
 * characters copied unchanged records only where it starts; an escape is a run of its own.
 */
final class MappedText {

  private static final int STRIDE = 3;
  private static final int COPIED = -1;

  final String value;
  /** Per run: first value index, source start, and source end for an escape or COPIED. */
  private final int[] runs;
  private final int runCount;

  private MappedText(String value, int[] runs, int runCount) {
    this.value = value;
    this.runs = runs;
    this.runCount = runCount;
  }

  /** Text copied unchanged from {@code base}. */
  static MappedText identity(String value, int base) {
    return new MappedText(value, new int[] {0, base, COPIED}, 1);
  }

  int length() {
    return value.length();
  }

  /** Where character {@code i} starts. */
  int start(int i) {
    int r = run(i);
    int source = runs[r * STRIDE + 1];
    return runs[r * STRIDE + 2] == COPIED ? source + i - runs[r * STRIDE] : source;
  }

  /** Where character {@code i} ends. */
  int end(int i) {
    int r = run(i);
    int sourceEnd = runs[r * STRIDE + 2];
    return sourceEnd == COPIED ? runs[r * STRIDE + 1] + i - runs[r * STRIDE] + 1 : sourceEnd;
  }

  /** The run holding value index {@code i}. */
  private int run(int i) {
    int low = 0;
    int high = runCount - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (runs[mid * STRIDE] <= i) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  MappedText substring(int from, int to) {
    if (from == 0 && to == value.length()) {
      return this;
    }
    Builder out = new Builder();
    out.appendRange(this, from, to);
    return out.build(value.substring(from, to));
  }

  MappedText concat(MappedText other) {
    if (other.value.isEmpty()) {
      return this;
    }
    if (value.isEmpty()) {
      return other;
    }
    Builder out = new Builder();
    out.appendRange(this, 0, value.length());
    out.appendRange(other, 0, other.value.length());
    return out.build(value + other.value);
  }

  /** Builds a mapped text from characters and ranges of other mapped texts. */
  static final class Builder {
    private final StringBuilder value = new StringBuilder();
    private int[] runs = new int[STRIDE * 4];
    private int runCount;
    private int length;

    /** Appends one character taken from {@code [start, end)}. */
    void append(char c, int start, int end) {
      value.append(c);
      add(start, end == start + 1 ? COPIED : end, 1);
    }

    /** Appends {@code source[from, to)}'s mapping (not its characters). */
    private void appendRange(MappedText source, int from, int to) {
      int i = from;
      while (i < to) {
        int r = source.run(i);
        int runEnd = r + 1 < source.runCount ? source.runs[(r + 1) * STRIDE] : source.length();
        int stop = Math.min(runEnd, to);
        int sourceEnd = source.runs[r * STRIDE + 2];
        if (sourceEnd == COPIED) {
          add(source.start(i), COPIED, stop - i);
        } else {
          for (int k = i; k < stop; k++) {
            add(source.runs[r * STRIDE + 1], sourceEnd, 1);
          }
        }
        i = stop;
      }
    }

    private void add(int start, int end, int count) {
      int last = (runCount - 1) * STRIDE;
      boolean continues = runCount > 0 && end == COPIED && runs[last + 2] == COPIED
          && runs[last + 1] + (length - runs[last]) == start;
      if (!continues) {
        if ((runCount + 1) * STRIDE > runs.length) {
          runs = Arrays.copyOf(runs, runs.length * 2);
        }
        int at = runCount * STRIDE;
        runs[at] = length;
        runs[at + 1] = start;
        runs[at + 2] = end;
        runCount++;
      }
      length += count;
    }

    MappedText build() {
      return build(value.toString());
    }

    private MappedText build(String text) {
      if (runCount == 0) {
        return identity(text, 0);
      }
      return new MappedText(text, Arrays.copyOf(runs, runCount * STRIDE), runCount);
    }
  }
}
