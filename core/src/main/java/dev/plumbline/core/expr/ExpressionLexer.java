package dev.plumbline.core.expr;

import java.util.Optional;

/**
 * Splits expression text into tokens, one at a time, so that errors come in source order. Token
 * offsets are absolute: the text's index plus the base offset given at construction.
 */
final class ExpressionLexer {

  private final String text;
  private final int base;
  private int pos;
  private TokenKind previous;

  ExpressionLexer(String text, int baseOffset) {
    this.text = text;
    this.base = baseOffset;
  }

  /** The next token; {@link TokenKind#END} (repeatedly) once the text is exhausted. */
  Token next() throws ExprSyntaxException {
    skipWhitespace();
    Token token = pos >= text.length() ? token(TokenKind.END, pos) : scan(text.charAt(pos));
    previous = token.kind();
    return token;
  }

  private Token scan(char c) throws ExprSyntaxException {
    return switch (c) {
      case '(' -> single(TokenKind.LEFT_PAREN);
      case ')' -> single(TokenKind.RIGHT_PAREN);
      case '[' -> single(TokenKind.LEFT_BRACKET);
      case ']' -> single(TokenKind.RIGHT_BRACKET);
      case '*' -> single(TokenKind.STAR);
      case ',' -> single(TokenKind.COMMA);
      case '\'' -> string();
      case '.' -> dotStartsNumber() ? number() : single(TokenKind.DOT);
      case '!' -> pair('=', TokenKind.NOT_EQUAL, TokenKind.NOT);
      case '<' -> pair('=', TokenKind.LESS_EQUAL, TokenKind.LESS);
      case '>' -> pair('=', TokenKind.GREATER_EQUAL, TokenKind.GREATER);
      case '=' -> doubled(TokenKind.EQUAL, "use '==' to compare");
      case '&' -> doubled(TokenKind.AND, "use '&&' for a logical and");
      case '|' -> doubled(TokenKind.OR, "use '||' for a logical or");
      case '"' -> throw unexpectedCharacter("strings use single quotes");
      default -> {
        if (isDigit(c) || ((c == '-' || c == '+') && signStartsNumber())) {
          yield number();
        }
        if (isIdentifierStart(c)) {
          yield identifier();
        }
        throw unexpectedCharacter(null);
      }
    };
  }

  private Token single(TokenKind kind) {
    return token(kind, pos + 1);
  }

  /** A one-character operator, or a two-character one when {@code second} follows. */
  private Token pair(char second, TokenKind twoChars, TokenKind oneChar) {
    return charAt(pos + 1) == second ? token(twoChars, pos + 2) : token(oneChar, pos + 1);
  }

  /** An operator written as the same character twice: {@code ==}, {@code &&}, {@code ||}. */
  private Token doubled(TokenKind kind, String hint) throws ExprSyntaxException {
    if (charAt(pos + 1) == text.charAt(pos)) {
      return token(kind, pos + 2);
    }
    throw unexpectedCharacter(hint);
  }

  private Token identifier() {
    int end = pos + 1;
    while (end < text.length() && isIdentifierPart(text.charAt(end))) {
      end++;
    }
    return token(TokenKind.IDENTIFIER, end);
  }

  /** A single-quoted string; {@code ''} stands for one quote. */
  private Token string() throws ExprSyntaxException {
    StringBuilder value = new StringBuilder();
    int i = pos + 1;
    while (true) {
      int quote = text.indexOf('\'', i);
      if (quote < 0) {
        throw new ExprSyntaxException(base + pos, base + text.length(),
            "unterminated string literal");
      }
      value.append(text, i, quote);
      if (charAt(quote + 1) != '\'') {
        Token token = token(TokenKind.STRING, quote + 1);
        return new Token(token.kind(), token.start(), token.end(), token.text(), value.toString());
      }
      value.append('\'');
      i = quote + 2;
    }
  }

  /**
   * A number: like the runner, read up to the next delimiter and then decide whether the whole
   * word is a number, so that {@code 1.2.3} or {@code 12ab} are reported as one bad literal.
   */
  private Token number() throws ExprSyntaxException {
    int end = pos + 1;
    while (end < text.length() && isNumberPart(text.charAt(end))) {
      end++;
    }
    String word = text.substring(pos, end);
    Optional<Double> value = NumberLiterals.parse(word);
    if (value.isEmpty()) {
      throw new ExprSyntaxException(base + pos, base + end,
          "invalid number literal " + Snippets.quote(word));
    }
    Token token = token(TokenKind.NUMBER, end);
    return new Token(token.kind(), token.start(), token.end(), token.text(), value.get());
  }

  /** {@code .5} is a number where an operand may start; elsewhere {@code .} dereferences. */
  private boolean dotStartsNumber() {
    return isDigit(charAt(pos + 1)) && (previous == null || !previous.endsOperand());
  }

  /** A sign starts a number only when a digit, a point or {@code Infinity} follows. */
  private boolean signStartsNumber() {
    char next = charAt(pos + 1);
    return isDigit(next) || next == '.' || text.startsWith("Infinity", pos + 1);
  }

  private Token token(TokenKind kind, int end) {
    Token token = new Token(kind, base + pos, base + end, text.substring(pos, end), null);
    pos = end;
    return token;
  }

  private ExprSyntaxException unexpectedCharacter(String hint) {
    int codePoint = text.codePointAt(pos);
    int end = pos + Character.charCount(codePoint);
    String message = "unexpected character " + Snippets.codePoint(codePoint)
        + (hint == null ? "" : ": " + hint);
    return new ExprSyntaxException(base + pos, base + end, message);
  }

  private void skipWhitespace() {
    while (pos < text.length() && isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char charAt(int index) {
    return index < text.length() ? text.charAt(index) : '\0';
  }

  /** Like .NET's Char.IsWhiteSpace, which the runner uses: Unicode spaces count too. */
  private static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c) || c == '-';
  }

  private static boolean isNumberPart(char c) {
    return isIdentifierPart(c) || c == '.' || c == '+';
  }
}
