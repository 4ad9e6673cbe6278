package dev.plumbline.core.engine.discovery;

import java.nio.charset.StandardCharsets;

/**
 * A {@code /}-separated relative path as UTF-8 bytes with the bounds of its components, encoded
 * once and then matched against many patterns. Git matches ignore patterns byte by byte, so the
 * path is matched as bytes too.
 */
final class PathText {

  private final String path;
  private final byte[] bytes;
  private final int[] starts;
  private final int[] ends;

  private PathText(String path, byte[] bytes, int[] starts, int[] ends) {
    this.path = path;
    this.bytes = bytes;
    this.starts = starts;
    this.ends = ends;
  }

  /** A relative path such as {@code a/b/c}; empty components are kept as they are. */
  static PathText of(String path) {
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    int count = 1;
    for (byte b : bytes) {
      if (b == '/') {
        count++;
      }
    }
    int[] starts = new int[count];
    int[] ends = new int[count];
    int component = 0;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '/') {
        starts[component] = start;
        ends[component] = i;
        component++;
        start = i + 1;
      }
    }
    return new PathText(path, bytes, starts, ends);
  }

  String path() {
    return path;
  }

  byte[] bytes() {
    return bytes;
  }

  int componentCount() {
    return starts.length;
  }

  int start(int component) {
    return starts[component];
  }

  int end(int component) {
    return ends[component];
  }

  @Override
  public String toString() {
    return path;
  }
}
