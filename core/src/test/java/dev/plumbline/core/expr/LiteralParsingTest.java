package dev.plumbline.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralParsingTest {

  private static Literal literal(String text) throws ExprSyntaxException {
    Expr expr = ExpressionParser.parse(text, 0);
    assertThat(expr).isInstanceOf(Literal.class);
    return (Literal) expr;
  }

  @Test
  void nullLiteral() throws ExprSyntaxException {
    Literal l = literal("null");
    assertThat(l.kind()).isEqualTo(Literal.Kind.NULL);
    assertThat(l.value()).isNull();
    assertThat(l.text()).isEqualTo("null");
  }

  @Test
  void booleanLiterals() throws ExprSyntaxException {
    assertThat(literal("true").value()).isEqualTo(Boolean.TRUE);
    assertThat(literal("false").value()).isEqualTo(Boolean.FALSE);
    assertThat(literal("false").kind()).isEqualTo(Literal.Kind.BOOLEAN);
  }

  @Test
  void keywordsAreCaseSensitiveLikeTheRunner() throws ExprSyntaxException {
    // The runner compares null/true/false ordinally; TRUE is an (unknown) context name.
    assertThat(ExpressionParser.parse("TRUE", 0)).isEqualTo(new ContextName(0, 4, "TRUE"));
    assertThat(ExpressionParser.parse("Null", 0)).isInstanceOf(ContextName.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "711        | 711",
      "0          | 0",
      "-9.2       | -9.2",
      "+3         | 3",
      "1.5        | 1.5",
      ".5         | 0.5",
      "-.5        | -0.5",
      "2.         | 2",
      "1e3        | 1000",
      "1E3        | 1000",
      "-2.99e-2   | -0.0299",
      "1e+2       | 100",
      "0xff       | 255",
      "0xFF       | 255",
      "0o17       | 15",
      "007        | 7",
  })
  void numberLiterals(String text, double expected) throws ExprSyntaxException {
    Literal l = literal(text);
    assertThat(l.kind()).isEqualTo(Literal.Kind.NUMBER);
    assertThat(l.text()).isEqualTo(text);
    assertThat(l.value()).isEqualTo(expected);
    assertThat(l.start()).isZero();
    assertThat(l.end()).isEqualTo(text.length());
  }

  @Test
  void infinityAndNaN() throws ExprSyntaxException {
    assertThat(literal("Infinity").value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(literal("-Infinity").value()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(literal("NaN").value()).isEqualTo(Double.NaN);
    assertThat(literal("NaN").kind()).isEqualTo(Literal.Kind.NUMBER);
  }

  @Test
  void hugeNumbersDoNotFail() throws ExprSyntaxException {
    assertThat(literal("1e99999999999999999999").value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat((Double) literal("0x" + "f".repeat(40)).value()).isGreaterThan(1e47);
  }

  @Test
  void stringLiterals() throws ExprSyntaxException {
    Literal l = literal("'Mona the Octocat'");
    assertThat(l.kind()).isEqualTo(Literal.Kind.STRING);
    assertThat(l.value()).isEqualTo("Mona the Octocat");
    assertThat(l.text()).isEqualTo("'Mona the Octocat'");
  }

  @Test
  void doubledQuoteEscapesAQuote() throws ExprSyntaxException {
    Literal l = literal("'It''s open source!'");
    assertThat(l.value()).isEqualTo("It's open source!");
    assertThat(l.end()).isEqualTo(20);
    assertThat(literal("''").value()).isEqualTo("");
    assertThat(literal("''''").value()).isEqualTo("'");
  }

  @Test
  void stringsKeepEverythingInside() throws ExprSyntaxException {
    assertThat(literal("'{{ a }} \" ${{ x }} \\n'").value()).isEqualTo("{{ a }} \" ${{ x }} \\n");
    assertThat(literal("'line1\nline2'").value()).isEqualTo("line1\nline2");
  }

  @Test
  void surroundingWhitespaceIsIgnored() throws ExprSyntaxException {
    Literal l = (Literal) ExpressionParser.parse(" \t\n 42 \r\n", 0);
    assertThat(l.start()).isEqualTo(4);
    assertThat(l.end()).isEqualTo(6);
  }
}
