package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.Span;

/**
 * One token: its type, where it is in the lexer's text and in the file, and for error tokens
 * the message; for a heredoc opener the closing marker and whether it strips indentation.
 */
final class Token {

  final TokenType type;
  final int start;
  final int end;
  final Position startPosition;
  final Position endPosition;
  final String message;

  Token(TokenType type, int start, int end, Position startPosition, Position endPosition,
      String message) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.startPosition = startPosition;
    this.endPosition = endPosition;
    this.message = message;
  }

  Span span() {
    return new Span(startPosition, endPosition);
  }

  @Override
  public String toString() {
    return type + "@" + startPosition;
  }
}
