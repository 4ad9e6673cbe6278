package dev.plumbline.core.hcl;

import java.util.Arrays;

/**
 * A string with, for each character, where it came from in the lexer's text: an escape
 * sequence maps its one character to the whole sequence, and text joined from several places
 * (heredoc lines without their indentation) keeps each piece's origin. Text copied unchanged
 * from one place is stored as just its start offset.
 */
final class MappedText {

  final String value;
  private final int base;
  private final int[] starts;
  private final int[] ends;

  private MappedText(String value, int base, int[] starts, int[] ends) {
    this.value = value;
    this.base = base;
    this.starts = starts;
    this.ends = ends;
  }

  /** Text copied unchanged from {@code base}. */
  static MappedText identity(String value, int base) {
    return new MappedText(value, base, null, null);
  }

  static MappedText mapped(String value, int[] starts, int[] ends) {
    return new MappedText(value, 0, starts, ends);
  }

  int length() {
    return value.length();
  }

  /** Where character {@code i} starts. */
  int start(int i) {
    return starts == null ? base + i : starts[i];
  }

  /** Where character {@code i} ends. */
  int end(int i) {
    return ends == null ? base + i + 1 : ends[i];
  }

  MappedText substring(int from, int to) {
    if (from == 0 && to == value.length()) {
      return this;
    }
    String part = value.substring(from, to);
    if (starts == null) {
      return identity(part, base + from);
    }
    return mapped(part, Arrays.copyOfRange(starts, from, to), Arrays.copyOfRange(ends, from, to));
  }

  MappedText concat(MappedText other) {
    if (other.value.isEmpty()) {
      return this;
    }
    if (value.isEmpty()) {
      return other;
    }
    if (starts == null && other.starts == null && base + value.length() == other.base) {
      return identity(value + other.value, base);
    }
    int n = value.length();
    int m = other.value.length();
    int[] s = new int[n + m];
    int[] e = new int[n + m];
    for (int i = 0; i < n; i++) {
      s[i] = start(i);
      e[i] = end(i);
    }
    for (int i = 0; i < m; i++) {
      s[n + i] = other.start(i);
      e[n + i] = other.end(i);
    }
    return mapped(value + other.value, s, e);
  }

  /** Builds a mapped text character by character. */
  static final class Builder {
    private final StringBuilder value = new StringBuilder();
    private int[] starts = new int[16];
    private int[] ends = new int[16];

    void append(char c, int start, int end) {
      int n = value.length();
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      starts[n] = start;
      ends[n] = end;
      value.append(c);
    }

    /** Appends {@code text} taken from {@code start} (one source character per character). */
    void appendCopy(CharSequence text, int start) {
      for (int i = 0; i < text.length(); i++) {
        append(text.charAt(i), start + i, start + i + 1);
      }
    }

    MappedText build() {
      int n = value.length();
      boolean identity = true;
      for (int i = 0; i < n && identity; i++) {
        identity = starts[i] == starts[0] + i && ends[i] == starts[i] + 1;
      }
      if (identity) {
        return identity(value.toString(), n == 0 ? 0 : starts[0]);
      }
      return mapped(value.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }
  }
}
