package dev.plumbline.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The text of one scanned file. {@link #path()} is the file's path relative to the scan's base
 * directory with {@code /} separators; it is what every report shows. A UTF-8 byte order mark is
 * not part of {@link #text()}, so that column 1 is the first visible character.
 */
public final class SourceFile {

  private static final char BOM = '\uFEFF';

  private final String path;
  private final String text;
  private final boolean byteOrderMark;
  private final LineIndex lines;

  private SourceFile(String path, String text, boolean byteOrderMark) {
    this.path = Objects.requireNonNull(path, "path");
    this.text = Objects.requireNonNull(text, "text");
    this.byteOrderMark = byteOrderMark;
    this.lines = new LineIndex(text);
  }

  /** A source from text already in memory (tests, stdin); a leading BOM is dropped. */
  public static SourceFile of(String path, String text) {
    boolean bom = !text.isEmpty() && text.charAt(0) == BOM;
    return new SourceFile(path, bom ? text.substring(1) : text, bom);
  }

  /**
   * Decodes file content as strict UTF-8.
   *
   * @throws NotUtf8Exception with the position of the first byte that is not UTF-8
   */
  public static SourceFile decode(String path, byte[] content) throws NotUtf8Exception {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      SourceFile prefix = of(path, out.toString());
      throw new NotUtf8Exception(path, prefix.position(prefix.text.length()), in.position());
    }
    decoder.flush(out);
    out.flip();
    return of(path, out.toString());
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** Whether the file started with a UTF-8 byte order mark (not included in {@link #text()}). */
  public boolean hasByteOrderMark() {
    return byteOrderMark;
  }

  public LineIndex lines() {
    return lines;
  }

  public Position position(int offset) {
    return lines.position(offset);
  }

  public Position position(int line, int column) {
    return lines.position(line, column);
  }

  public Span span(int startOffset, int endOffset) {
    return new Span(position(startOffset), position(endOffset));
  }

  /** Span of a whole line without its terminator. */
  public Span lineSpan(int line) {
    return span(lines.lineStart(line), lines.lineEnd(line));
  }

  public String text(Span span) {
    return text.substring(span.start().offset(), span.end().offset());
  }

  public String lineText(int line) {
    return lines.lineText(line);
  }

  @Override
  public String toString() {
    return path;
  }

  /** The content is not valid UTF-8. */
  public static final class NotUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final transient Position position;
    private final int byteOffset;
    private final String path;

    NotUtf8Exception(String path, Position position, int byteOffset) {
      this.path = path;
      this.position = position;
      this.byteOffset = byteOffset;
    }

    /** Position just after the last character that decoded. */
    public Position position() {
      return position;
    }

    public int byteOffset() {
      return byteOffset;
    }

    @Override
    public String getMessage() {
      return path + ": not valid UTF-8 at byte " + byteOffset + " (line " + position.line()
          + ", column " + position.column() + ")";
    }
  }
}
