package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.TemplatePart;
import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Text assembled from pieces of a file — the literal parts of a template, whose every character
 * knows where it is written, and computed pieces that map to one span — with the way back from
 * an offset of the text to the file.
 */
final class TextMap {

  /** {@code [start, end)} of the text: from a literal part, or from one span of the file. */
  private record Piece(int start, int end, TemplatePart.Literal literal, Span fixed) {}

  private final StringBuilder text = new StringBuilder();
  private final List<Piece> pieces = new ArrayList<>();

  /** Appends the text of a literal part of a template. */
  void literal(TemplatePart.Literal literal) {
    int start = text.length();
    text.append(literal.value());
    if (text.length() > start) {
      pieces.add(new Piece(start, text.length(), literal, null));
    }
  }

  /** Appends text that maps as a whole to one span of the file. */
  void fixed(String piece, Span span) {
    int start = text.length();
    text.append(piece);
    if (text.length() > start) {
      pieces.add(new Piece(start, text.length(), null, span));
    }
  }

  String text() {
    return text.toString();
  }

  int length() {
    return text.length();
  }

  /** Where the characters {@code [from, to)} of the text are written. */
  Span span(int from, int to) {
    Position start = start(piece(from), from);
    Position end = to > from ? end(piece(to - 1), to - 1) : start;
    return end.offset() < start.offset() ? Span.at(start) : new Span(start, end);
  }

  private Piece piece(int offset) {
    int low = 0;
    int high = pieces.size() - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (pieces.get(middle).start() <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return pieces.get(low);
  }

  private static Position start(Piece piece, int offset) {
    if (piece.fixed() != null) {
      return piece.fixed().start();
    }
    int at = Math.min(offset - piece.start(), piece.end() - piece.start() - 1);
    return piece.literal().spanOf(at, at + 1).start();
  }

  private static Position end(Piece piece, int offset) {
    if (piece.fixed() != null) {
      return piece.fixed().end();
    }
    int at = Math.min(offset - piece.start(), piece.end() - piece.start() - 1);
    return piece.literal().spanOf(at, at + 1).end();
  }
}
