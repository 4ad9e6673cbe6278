package dev.plumbline.core.hcl;

import dev.plumbline.core.source.LineIndex;
import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.SourceFile;

/**
 * Positions of offsets in a file, cheap when asked near the last one (as a parser does): an
 * offset on the same line costs nothing more than counting code points from the line's start
 * (nothing at all in a file without surrogate pairs); another line costs a binary search over
 * the line starts.
 */
final class FilePositions implements Positions {

  private final String text;
  private final LineIndex lines;
  private final boolean surrogates;
  private int line = 1;
  private int lineStart;
  private int nextLineStart;

  FilePositions(SourceFile file) {
    this.text = file.text();
    this.lines = file.lines();
    this.surrogates = hasSurrogates(text);
    this.nextLineStart = lines.lineCount() > 1 ? lines.lineStart(2) : Integer.MAX_VALUE;
  }

  @Override
  public Position at(int offset) {
    if (offset < lineStart || offset >= nextLineStart) {
      line = lines.lineOf(offset);
      lineStart = lines.lineStart(line);
      nextLineStart = line < lines.lineCount() ? lines.lineStart(line + 1) : Integer.MAX_VALUE;
    }
    int column = surrogates ? text.codePointCount(lineStart, offset) : offset - lineStart;
    return new Position(line, column + 1, offset);
  }

  private static boolean hasSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
