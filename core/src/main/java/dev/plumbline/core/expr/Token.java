package dev.plumbline.core.expr;

/**
 * One token.
 *
 * @param start index of its first character in the scanned string
 * @param end   index just past it; for {@link TokenKind#END}, equal to {@code start}
 * @param text  the token as written
 * @param value the decoded value of a {@link TokenKind#NUMBER} ({@link Double}) or {@link
 *              TokenKind#STRING} ({@link String}); otherwise {@code null}
 */
record Token(TokenKind kind, int start, int end, String text, Object value) {

  boolean is(TokenKind other) {
    return kind == other;
  }

  /** How a message names this token: quoted source text, shortened, or "the end". */
  String describe() {
    if (kind == TokenKind.END) {
      return "the end of the expression";
    }
    // a string literal's text has its own quotes
    return kind == TokenKind.STRING ? "string literal " + Snippets.show(text) : Snippets.quote(text);
  }
}
