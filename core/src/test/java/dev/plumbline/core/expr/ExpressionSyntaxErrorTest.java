package dev.plumbline.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every syntax error: its message and its exact span. */
class ExpressionSyntaxErrorTest {

  private static ExprSyntaxError errorOf(String text, int base) {
    ExprSyntaxException e = catchThrowableOfType(ExprSyntaxException.class,
        () -> ExpressionParser.parse(text, base));
    assertThat(e).as("expected a syntax error for <%s>", text).isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.error().message());
    return e.error();
  }

  private static ExprSyntaxError errorOf(String text) {
    return errorOf(text, 0);
  }

  @ParameterizedTest(name = "<{0}> -> {1}..{2} {3}")
  @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
      // empty
      "``          ;  0 ;  0 ; empty expression",
      "`   `       ;  0 ;  3 ; empty expression",
      // unexpected characters
      "a # b       ;  2 ;  3 ; unexpected character '#'",
      "a + b       ;  2 ;  3 ; unexpected character '+'",
      "a ? b : c   ;  2 ;  3 ; unexpected character '?'",
      "a } b       ;  2 ;  3 ; unexpected character '}'",
      "a ~ b       ;  2 ;  3 ; unexpected character '~'",
      "\"abc\"     ;  0 ;  1 ; unexpected character '\"': strings use single quotes",
      "a = b       ;  2 ;  3 ; unexpected character '=': use '==' to compare",
      "a & b       ;  2 ;  3 ; unexpected character '&': use '&&' for a logical and",
      "a | b       ;  2 ;  3 ; unexpected character '|': use '||' for a logical or",
      // literals
      "'abc        ;  0 ;  4 ; unterminated string literal",
      "a == 'it''s ;  5 ; 11 ; unterminated string literal",
      "1.2.3       ;  0 ;  5 ; invalid number literal '1.2.3'",
      "12ab        ;  0 ;  4 ; invalid number literal '12ab'",
      "1e          ;  0 ;  2 ; invalid number literal '1e'",
      "0x          ;  0 ;  2 ; invalid number literal '0x'",
      "0XFF        ;  0 ;  4 ; invalid number literal '0XFF'",
      "1-2         ;  0 ;  3 ; invalid number literal '1-2'",
      // missing pieces
      "a &&        ;  4 ;  4 ; unexpected end of expression: expected an operand",
      "!           ;  1 ;  1 ; unexpected end of expression: expected an operand",
      "a == )      ;  5 ;  6 ; unexpected ')': expected an operand",
      "&& a        ;  0 ;  2 ; unexpected '&&': expected an operand",
      "(a || b     ;  7 ;  7 ; unexpected end of expression: expected ')'",
      "(a b)       ;  3 ;  4 ; expected ')' but found 'b'",
      "a[0         ;  3 ;  3 ; unexpected end of expression: expected ']'",
      "a[0 1]      ;  4 ;  5 ; expected ']' but found '1'",
      "a[1, 2]     ;  3 ;  4 ; expected ']' but found ','",
      "f(a         ;  3 ;  3 ; unexpected end of expression: expected ',' or ')'",
      "f(a b)      ;  4 ;  5 ; expected ',' or ')' but found 'b'",
      "f(a,)       ;  4 ;  5 ; unexpected ')': expected an operand",
      "f(,a)       ;  2 ;  3 ; unexpected ',': expected an operand",
      "a.          ;  2 ;  2 ; unexpected end of expression: expected a property name or '*' after '.'",
      "a.0         ;  2 ;  3 ; expected a property name or '*' after '.' but found '0'",
      "a.'b'       ;  2 ;  5 ; expected a property name or '*' after '.' but found string literal 'b'",
      "a[]         ;  2 ;  3 ; unexpected ']': expected an operand",
      "()          ;  1 ;  2 ; unexpected ')': expected an operand",
      // trailing tokens
      "a b         ;  2 ;  3 ; unexpected 'b': expected an operator or the end of the expression",
      "a 'b'       ;  2 ;  5 ; unexpected string literal 'b': expected an operator or the end of the expression",
      "a)          ;  1 ;  2 ; unexpected ')': no '(' to close",
      "a]          ;  1 ;  2 ; unexpected ']': no '[' to close",
      "a, b        ;  1 ;  2 ; unexpected ',': ',' only separates function arguments",
      "a.b (c)     ;  4 ;  5 ; unexpected '(': expected an operator or the end of the expression",
      "true(1)     ;  4 ;  5 ; unexpected '(': expected an operator or the end of the expression",
      // literals cannot be dereferenced
      "'abc'[0]    ;  5 ;  6 ; '[' cannot follow a literal",
      "null.x      ;  4 ;  5 ; '.' cannot follow a literal",
      "1.5.x       ;  0 ;  5 ; invalid number literal '1.5.x'",
  })
  void messageAndSpan(String text, int start, int end, String message) {
    assertThat(errorOf(text)).isEqualTo(new ExprSyntaxError(start, end, message));
  }

  @Test
  void offsetsIncludeTheBase() {
    assertThat(errorOf("  a b", 40)).isEqualTo(new ExprSyntaxError(44, 45,
        "unexpected 'b': expected an operator or the end of the expression"));
    assertThat(errorOf("", 7)).isEqualTo(new ExprSyntaxError(7, 7, "empty expression"));
  }

  @Test
  void invisibleCharactersAreEscapedInMessages() {
    assertThat(errorOf("a \u0007 b").message()).isEqualTo("unexpected character U+0007");
    assertThat(errorOf("a \u200b b").message()).isEqualTo("unexpected character U+200B");
  }

  @Test
  void lineBreaksInQuotedTokensAreEscaped() {
    assertThat(errorOf("a 'x\ny'").message()).isEqualTo(
        "unexpected string literal 'x\\ny': expected an operator or the end of the expression");
  }

  @Test
  void aCharacterOutsideTheBmpIsOneCharacterWide() {
    assertThat(errorOf("a \uD83D\uDE00")).isEqualTo(
        new ExprSyntaxError(2, 4, "unexpected character '\uD83D\uDE00'"));
  }

  @Test
  void longTokensAreShortenedInMessages() {
    String word = "x".repeat(40);
    assertThat(errorOf("a " + word).message())
        .isEqualTo("unexpected '" + "x".repeat(21) + "...': expected an operator or the end of the"
            + " expression");
  }

  @Test
  void theFirstErrorInSourceOrderIsReported() {
    // The lexer is lazy: the stray 'b' is found before the double quote further on.
    assertThat(errorOf("a b \"c\"").message()).startsWith("unexpected 'b'");
  }

  @Test
  void parenthesizedLiteralsMayBeIndexedLikeInTheRunner() throws ExprSyntaxException {
    assertThat(Sexpr.of(ExpressionParser.parse("('abc')[0]", 0))).isEqualTo("([] 'abc' 0)");
  }
}
