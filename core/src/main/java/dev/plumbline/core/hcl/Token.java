package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.Span;

/**
 * One token: its type, where it is in the lexer's text, and for error tokens the message. Its
 * positions in the file are computed when first asked for: most tokens (line breaks, operators)
 * never are.
 */
final class Token {

  final TokenType type;
  final int start;
  final int end;
  final String message;
  private final Positions positions;
  private Position startPosition;
  private Position endPosition;

  Token(TokenType type, int start, int end, Positions positions, String message) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.positions = positions;
    this.message = message;
  }

  Position startPosition() {
    if (startPosition == null) {
      startPosition = positions.at(start);
    }
    return startPosition;
  }

  Position endPosition() {
    if (endPosition == null) {
      endPosition = positions.at(end);
    }
    return endPosition;
  }

  Span span() {
    return new Span(startPosition(), endPosition());
  }

  @Override
  public String toString() {
    return type + "@" + start;
  }
}
