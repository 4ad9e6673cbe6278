package dev.plumbline.core.docker;

import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.Arrays;
import java.util.Objects;

/**
 * Text put together from pieces of a source file — an instruction joined across its continuation
 * lines, a script made of a command line and heredoc bodies — that knows where each of its
 * characters came from. Text that is not in the file (a line break the joiner adds) maps to the
 * point where it was inserted.
 */
public final class JoinedText {

  private final SourceFile file;
  private final String text;
  /** Where each piece starts in {@link #text}. */
  private final int[] starts;
  /** The file offset of each piece's first character, or its insertion point if synthetic. */
  private final int[] fileStarts;
  private final boolean[] synthetic;
  /** The file offset just past the last piece: where an empty span at the end points. */
  private final int endOffset;

  private JoinedText(SourceFile file, String text, int[] starts, int[] fileStarts,
      boolean[] synthetic, int endOffset) {
    this.file = file;
    this.text = text;
    this.starts = starts;
    this.fileStarts = fileStarts;
    this.synthetic = synthetic;
    this.endOffset = endOffset;
  }

  /** The text of {@code file} between two offsets, as one piece. */
  public static JoinedText of(SourceFile file, int start, int end) {
    return builder(file, start).append(start, end).build();
  }

  /**
   * Starts a joined text.
   *
   * @param anchor the file offset an empty result points at
   */
  public static Builder builder(SourceFile file, int anchor) {
    return new Builder(file, anchor);
  }

  public SourceFile file() {
    return file;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /**
   * The file offset of the character at {@code index}; for {@code index == length()}, the offset
   * just past the last character.
   */
  public int fileOffset(int index) {
    Objects.checkIndex(index, text.length() + 1);
    if (index == text.length()) {
      return endOffset;
    }
    int piece = pieceAt(index);
    return synthetic[piece] ? fileStarts[piece] : fileStarts[piece] + index - starts[piece];
  }

  /**
   * The file span of the characters {@code [start, end)}. It runs from the first character's
   * place to just past the last one's, so a span across a joint also covers what the joining left
   * out (an escaped line break, a skipped comment line).
   */
  public Span span(int start, int end) {
    if (start < 0 || end > text.length() || end < start) {
      throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + text.length());
    }
    int from = fileOffset(start);
    if (end == start) {
      return Span.at(position(from));
    }
    int last = end - 1;
    int piece = pieceAt(last);
    int to = synthetic[piece] ? fileStarts[piece] : fileStarts[piece] + last - starts[piece] + 1;
    return new Span(position(from), position(Math.max(from, to)));
  }

  private Position position(int offset) {
    return file.position(offset);
  }

  private int pieceAt(int index) {
    int i = Arrays.binarySearch(starts, index);
    if (i < 0) {
      i = -i - 2;
    }
    // several synthetic pieces cannot share a start: empty pieces are never added
    return i;
  }

  @Override
  public String toString() {
    return text;
  }

  /** Adds pieces in order. */
  public static final class Builder {
    private final SourceFile file;
    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[4];
    private int[] fileStarts = new int[4];
    private boolean[] synthetic = new boolean[4];
    private int count;
    private int endOffset;

    private Builder(SourceFile file, int anchor) {
      this.file = Objects.requireNonNull(file, "file");
      this.endOffset = anchor;
    }

    /** Appends the file's text between two offsets. */
    public Builder append(int fileStart, int fileEnd) {
      if (fileEnd <= fileStart) {
        endOffset = count == 0 ? fileStart : endOffset;
        return this;
      }
      int previous = count - 1;
      if (previous >= 0 && !synthetic[previous]
          && fileStarts[previous] + text.length() - starts[previous] == fileStart) {
        text.append(file.text(), fileStart, fileEnd); // continues the previous piece
      } else {
        add(fileStart, false);
        text.append(file.text(), fileStart, fileEnd);
      }
      endOffset = fileEnd;
      return this;
    }

    /** Appends the characters {@code [start, end)} of another joined text of the same file. */
    public Builder append(JoinedText other, int start, int end) {
      if (other.file != file) {
        throw new IllegalArgumentException("another file: " + other.file.path());
      }
      int at = start;
      while (at < end) {
        int piece = other.pieceAt(at);
        int pieceEnd = piece + 1 < other.starts.length ? Math.min(end, other.starts[piece + 1])
            : end;
        if (other.synthetic[piece]) {
          appendSynthetic(other.text.substring(at, pieceEnd), other.fileStarts[piece]);
        } else {
          int fileStart = other.fileStarts[piece] + at - other.starts[piece];
          append(fileStart, fileStart + pieceEnd - at);
        }
        at = pieceEnd;
      }
      return this;
    }

    /** Appends text that is not in the file, as if it stood at {@code fileOffset}. */
    public Builder appendSynthetic(String extra, int fileOffset) {
      if (extra.isEmpty()) {
        return this;
      }
      add(fileOffset, true);
      text.append(extra);
      endOffset = fileOffset;
      return this;
    }

    private void add(int fileStart, boolean isSynthetic) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        fileStarts = Arrays.copyOf(fileStarts, count * 2);
        synthetic = Arrays.copyOf(synthetic, count * 2);
      }
      starts[count] = text.length();
      fileStarts[count] = fileStart;
      synthetic[count] = isSynthetic;
      count++;
    }

    public int length() {
      return text.length();
    }

    public JoinedText build() {
      int n = Math.max(count, 1);
      int[] s = Arrays.copyOf(starts, n);
      int[] f = Arrays.copyOf(fileStarts, n);
      boolean[] syn = Arrays.copyOf(synthetic, n);
      if (count == 0) {
        f[0] = endOffset;
        syn[0] = true;
      }
      return new JoinedText(file, text.toString(), s, f, syn, endOffset);
    }
  }
}
