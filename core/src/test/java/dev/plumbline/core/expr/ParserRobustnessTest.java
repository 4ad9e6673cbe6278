package dev.plumbline.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile input: the parser throws nothing but ExprSyntaxException and never recurses deeply. */
class ParserRobustnessTest {

  private static ExprSyntaxError errorOf(String text) {
    ExprSyntaxException e = catchThrowableOfType(ExprSyntaxException.class,
        () -> ExpressionParser.parse(text, 0));
    assertThat(e).as("expected a syntax error").isNotNull();
    return e.error();
  }

  @Test
  void nestingUpToTheLimitParses() throws ExprSyntaxException {
    int n = ExpressionParser.MAX_NESTING;
    assertThat(ExpressionParser.parse("(".repeat(n) + "a" + ")".repeat(n), 0))
        .isEqualTo(new ContextName(n, n + 1, "a"));
    assertThat(ExpressionParser.parse("!".repeat(n) + "a", 0)).isInstanceOf(Unary.class);
  }

  @Test
  void deepParenthesesAreASyntaxError() {
    int n = 100_000;
    ExprSyntaxError error = errorOf("(".repeat(n) + "a" + ")".repeat(n));
    int limit = ExpressionParser.MAX_NESTING;
    assertThat(error).isEqualTo(new ExprSyntaxError(limit, limit + 1, "expression nested too deeply"));
  }

  @Test
  void deepBracketsCallsAndNotsAreSyntaxErrors() {
    assertThat(errorOf("a[".repeat(10_000) + "0" + "]".repeat(10_000)).message())
        .isEqualTo("expression nested too deeply");
    assertThat(errorOf("f(".repeat(10_000) + ")".repeat(10_000)).message())
        .isEqualTo("expression nested too deeply");
    assertThat(errorOf("!".repeat(10_000) + "a").message())
        .isEqualTo("expression nested too deeply");
  }

  @Test
  void mixedNestingCountsEveryLevel() {
    String level = "!f(a[(";
    int levels = ExpressionParser.MAX_NESTING / 4 + 1;
    String text = level.repeat(levels) + "a" + ")])".repeat(levels);
    assertThat(errorOf(text).message()).isEqualTo("expression nested too deeply");
  }

  @Test
  void longFlatChainsAreCappedSoThatTreeWalksStayShallow() {
    String shortChain = "a" + " || a".repeat(500);
    assertThat(Sexpr.parse(shortChain)).startsWith("(|| (|| ");
    assertThat(errorOf("a" + " || a".repeat(50_000)).message())
        .isEqualTo("expression nested too deeply");
    assertThat(errorOf("a" + ".b".repeat(50_000)).message())
        .isEqualTo("expression nested too deeply");
  }

  @Test
  void walksOfALongChainDoNotRecurse() throws ExprSyntaxException {
    Expr chain = ExpressionParser.parse("a" + ".b".repeat(1000), 0);
    assertThat(chain.descendants()).hasSize(1001);
    assertThat(chain.contextPath()).hasValueSatisfying(p -> assertThat(p).hasSize(1001));
  }

  @Test
  void longStringsAndNumbersAreFine() throws ExprSyntaxException {
    String big = "x".repeat(1_000_000);
    assertThat(((Literal) ExpressionParser.parse("'" + big + "'", 0)).value()).isEqualTo(big);
    assertThat(((Literal) ExpressionParser.parse("1" + "0".repeat(10_000), 0)).value())
        .isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void randomInputNeverThrowsAnythingElse() {
    String alphabet = "ab_-01.9xe'\"()[]*,!<>=&|{}$ \t\n+?#";
    String[] words = {"github", ".event", "[0]", "'s'", "''", "(", ")", "!", "==", "&&", "||",
        "f(", ",", ".*", "[*]", "null", "1e3", "-", "0x1", "}}", "${{"};
    Random random = new Random(20260101L);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        if (random.nextBoolean()) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        } else {
          text.append(words[random.nextInt(words.length)]);
        }
      }
      parseQuietly(text.toString());
    }
  }

  /** Parses and checks the invariants of a success or a failure. */
  static void parseQuietly(String text) {
    try {
      Expr root = ExpressionParser.parse(text, 3);
      for (Expr node : root.descendants()) {
        assertThat(node.start()).isBetween(3, node.end());
        assertThat(node.end()).isLessThanOrEqualTo(3 + text.length());
      }
    } catch (ExprSyntaxException e) {
      assertThat(e.error().start()).isBetween(3, 3 + text.length());
      assertThat(e.error().end()).isBetween(e.error().start(), 3 + text.length());
    }
  }
}
