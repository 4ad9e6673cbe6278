package dev.plumbline.core.engine;

import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Reads a file for linting, within a size limit, as strict UTF-8. */
public final class SourceReader {

  private static final int BINARY_PROBE = 8192;

  private final long maxBytes;

  public SourceReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** What reading gave. */
  public sealed interface Result {}

  /** The text. */
  public record Text(SourceFile file) implements Result {}

  /**
   * Bytes that are not text: {@code file} holds what could be decoded, for showing the place.
   */
  public record NotText(SourceFile file, Position position, String message) implements Result {}

  /** Not read: too large, or an I/O error. */
  public record Skipped(String message) implements Result {}

  public Result read(Path path, String displayPath) {
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        return new Skipped("skipped: the file is " + Limits.size(size) + ", over the "
            + Limits.size(maxBytes) + " limit (limit max-file-size).");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      }
      if (bytes.length > maxBytes) {
        return new Skipped("skipped: the file grew over the " + Limits.size(maxBytes)
            + " limit (limit max-file-size).");
      }
      return decode(displayPath, bytes);
    } catch (IOException | SecurityException e) {
      return new Skipped("not read: " + describe(e) + ".");
    }
  }

  /**
   * Reads a stream (standard input) as if it were a file: the same size limit, binary check and
   * strict UTF-8. The stream is read up to just over the limit and is not closed.
   */
  public Result read(InputStream in, String displayPath) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        return new Skipped("skipped: the input is over the " + Limits.size(maxBytes)
            + " limit (limit max-file-size).");
      }
      return decode(displayPath, bytes);
    } catch (IOException e) {
      return new Skipped("not read: " + describe(e) + ".");
    }
  }

  public static Result decode(String displayPath, byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
      if (bytes[i] == 0) {
        SourceFile empty = SourceFile.of(displayPath, "");
        return new NotText(empty, empty.position(0), "the file is binary (it contains NUL bytes), not text");
      }
    }
    try {
      return new Text(SourceFile.decode(displayPath, bytes));
    } catch (SourceFile.NotUtf8Exception e) {
      SourceFile lenient = SourceFile.of(displayPath, new String(bytes, StandardCharsets.UTF_8));
      Position at = lenient.position(Math.min(e.position().offset(), lenient.text().length()));
      return new NotText(lenient, at, "the file is not valid UTF-8 (byte " + e.byteOffset()
          + " cannot be decoded); save it as UTF-8");
    }
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "the file disappeared";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
