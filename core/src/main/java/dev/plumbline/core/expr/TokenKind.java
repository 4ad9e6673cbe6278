package dev.plumbline.core.expr;

/** The kinds of token in an expression. */
enum TokenKind {
  IDENTIFIER, NUMBER, STRING,
  LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, DOT, STAR, COMMA,
  NOT, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL, AND, OR,
  END;

  /** True after a token that completes an operand, where a {@code .} is a dereference. */
  boolean endsOperand() {
    return switch (this) {
      case IDENTIFIER, NUMBER, STRING, RIGHT_PAREN, RIGHT_BRACKET, STAR -> true;
      default -> false;
    };
  }
}
