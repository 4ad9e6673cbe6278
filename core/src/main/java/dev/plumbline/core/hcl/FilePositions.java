package dev.plumbline.core.hcl;

import dev.plumbline.core.source.LineIndex;
import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.SourceFile;

/**
 * Positions of offsets in a file, cheap when asked in file order (as a lexer does): a step
 * forward on the same line only counts the code points in between; anything else costs a binary
 * search over the line starts.
 */
final class FilePositions implements Positions {

  private final String text;
  private final LineIndex lines;
  private final boolean surrogates;
  private int lastOffset;
  private int lastLine = 1;
  private int lastColumn = 1;
  private int nextLineStart;

  FilePositions(SourceFile file) {
    this.text = file.text();
    this.lines = file.lines();
    this.surrogates = hasSurrogates(text);
    this.nextLineStart = lines.lineCount() > 1 ? lines.lineStart(2) : Integer.MAX_VALUE;
  }

  @Override
  public Position at(int offset) {
    if (offset >= lastOffset && offset < nextLineStart) {
      lastColumn += surrogates ? text.codePointCount(lastOffset, offset) : offset - lastOffset;
      lastOffset = offset;
      return new Position(lastLine, lastColumn, offset);
    }
    int line = lines.lineOf(offset);
    int start = lines.lineStart(line);
    lastLine = line;
    lastOffset = offset;
    lastColumn = 1 + (surrogates ? text.codePointCount(start, offset) : offset - start);
    nextLineStart = line < lines.lineCount() ? lines.lineStart(line + 1) : Integer.MAX_VALUE;
    return new Position(lastLine, lastColumn, offset);
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
