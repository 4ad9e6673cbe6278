package dev.plumbline.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  @Nested
  class Find {

    @Test
    void oneExpression() {
      //            0123456789012345678901234567890123456
      String value = "echo ${{ github.event.issue.title }}";
      List<TemplateExpression> found = Templates.find(value);
      assertThat(found).hasSize(1);
      TemplateExpression t = found.get(0);
      assertThat(t.start()).isEqualTo(5);
      assertThat(t.innerStart()).isEqualTo(8);
      assertThat(t.innerEnd()).isEqualTo(34);
      assertThat(t.end()).isEqualTo(36);
      assertThat(t.inner()).isEqualTo(" github.event.issue.title ");
      assertThat(t.terminated()).isTrue();
      assertThat(t.error()).isEmpty();
      Expr expr = t.expr().orElseThrow();
      assertThat(expr.start()).isEqualTo(9);
      assertThat(expr.end()).isEqualTo(33);
      assertThat(value.substring(expr.start(), expr.end())).isEqualTo("github.event.issue.title");
      assertThat(expr.contextPath()).contains(List.of("github", "event", "issue", "title"));
    }

    @Test
    void severalExpressionsInOrder() {
      String value = "${{ a }}-${{b}} and ${{ c.d }}";
      List<TemplateExpression> found = Templates.find(value);
      assertThat(found).extracting(TemplateExpression::inner)
          .containsExactly(" a ", "b", " c.d ");
      assertThat(found).extracting(TemplateExpression::start).containsExactly(0, 9, 20);
      assertThat(found).extracting(TemplateExpression::end).containsExactly(8, 15, 30);
      for (TemplateExpression t : found) {
        Expr expr = t.expr().orElseThrow();
        assertThat(value.substring(expr.start(), expr.end())).isEqualTo(t.inner().trim());
      }
    }

    @Test
    void closingBracesInsideAStringLiteralDoNotClose() {
      String value = "x ${{ format('{{0}} }}', github.actor) }} y";
      List<TemplateExpression> found = Templates.find(value);
      assertThat(found).hasSize(1);
      assertThat(found.get(0).inner()).isEqualTo(" format('{{0}} }}', github.actor) ");
      assertThat(found.get(0).end()).isEqualTo(value.length() - 2);
      assertThat(Sexpr.of(found.get(0).expr().orElseThrow()))
          .isEqualTo("(format() '{{0}} }}' (. github actor))");
    }

    @Test
    void escapedQuotesInsideAStringLiteral() {
      List<TemplateExpression> found = Templates.find("${{ 'it''s }}' }}${{ 'b' }}");
      assertThat(found).extracting(TemplateExpression::inner)
          .containsExactly(" 'it''s }}' ", " 'b' ");
    }

    @Test
    void loneDollarBraceIsText() {
      assertThat(Templates.find("${ a } ${{ b }} $ {{ c }} ${x}")).extracting(
          TemplateExpression::inner).containsExactly(" b ");
      assertThat(Templates.find("echo ${HOME} {{ not }} }}")).isEmpty();
    }

    @Test
    void threeClosingBracesCloseAtTheFirstPair() {
      TemplateExpression t = Templates.find("${{ a }}}").get(0);
      assertThat(t.end()).isEqualTo(8);
      assertThat(t.expr()).isPresent();
    }

    @Test
    void unterminated() {
      //            012345678901
      String value = "a ${{ b.c  ";
      TemplateExpression t = Templates.find(value).get(0);
      assertThat(t.terminated()).isFalse();
      assertThat(t.end()).isEqualTo(11);
      assertThat(t.innerEnd()).isEqualTo(11);
      assertThat(t.inner()).isEqualTo(" b.c  ");
      assertThat(t.expr()).isEmpty();
      assertThat(t.error()).contains(new ExprSyntaxError(2, 11, "unterminated ${{"));
    }

    @Test
    void unterminatedBecauseOfAnOpenString() {
      String value = "${{ a == 'x }}";
      TemplateExpression t = Templates.find(value).get(0);
      assertThat(t.terminated()).isFalse();
      assertThat(t.error()).contains(new ExprSyntaxError(0, 14,
          "unterminated ${{: a string literal inside it is not closed"));
    }

    @Test
    void anUnterminatedExpressionSwallowsTheRest() {
      List<TemplateExpression> found = Templates.find("${{ a }} ${{ b ${{ c }}");
      assertThat(found).hasSize(2);
      // the second one closes at the "}}" after c, so its text is " b ${{ c "
      assertThat(found.get(1).inner()).isEqualTo(" b ${{ c ");
      assertThat(found.get(1).error().orElseThrow().message()).startsWith("unexpected character '$'");
    }

    @Test
    void syntaxErrorsCarryOffsetsInTheScannedString() {
      //            0123456789012345678901
      String value = "run: ${{ a b }} ok";
      TemplateExpression t = Templates.find(value).get(0);
      assertThat(t.expr()).isEmpty();
      assertThat(t.error()).contains(new ExprSyntaxError(11, 12,
          "unexpected 'b': expected an operator or the end of the expression"));
    }

    @Test
    void emptyExpression() {
      assertThat(Templates.find("${{ }}").get(0).error())
          .contains(new ExprSyntaxError(3, 4, "empty expression"));
      assertThat(Templates.find("${{}}").get(0).error())
          .contains(new ExprSyntaxError(3, 3, "empty expression"));
    }

    @Test
    void multiLineValues() {
      String script = "echo one\necho \"${{ github.event.pull_request.title }}\"\n${{\n  a\n}}";
      List<TemplateExpression> found = Templates.find(script);
      assertThat(found).hasSize(2);
      assertThat(found).allSatisfy(t -> assertThat(t.expr()).isPresent());
    }

    @Test
    void randomTextNeverThrows() {
      String[] pieces = {"${{", "}}", "${", "{{", "}", "'", "''", " ", "a", ".b", "(", ")", "\n",
          "==", "!"};
      Random random = new Random(7L);
      for (int round = 0; round < 20_000; round++) {
        StringBuilder value = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
          value.append(pieces[random.nextInt(pieces.length)]);
        }
        int previousEnd = 0;
        for (TemplateExpression t : Templates.find(value.toString())) {
          assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
          assertThat(value.substring(t.start(), t.innerStart())).isEqualTo("${{");
          assertThat(value.substring(t.innerStart(), t.innerEnd())).isEqualTo(t.inner());
          previousEnd = t.end();
        }
      }
    }

    @Test
    void nothingToFind() {
      assertThat(Templates.find("")).isEmpty();
      assertThat(Templates.find("plain text")).isEmpty();
    }
  }

  @Nested
  class ContainsExpression {

    @Test
    void detectsOpeningMarkers() {
      assertThat(Templates.containsExpression("a ${{ b }}")).isTrue();
      assertThat(Templates.containsExpression("a ${{ b")).isTrue();
      assertThat(Templates.containsExpression("${HOME} {{ x }}")).isFalse();
      assertThat(Templates.containsExpression("")).isFalse();
    }
  }

  @Nested
  class Whole {

    @Test
    void exactlyOneExpression() {
      assertThat(Templates.whole("${{ github.ref }}")).isPresent();
      assertThat(Templates.whole("  ${{ github.ref }}\n")).hasValueSatisfying(
          t -> assertThat(t.start()).isEqualTo(2));
    }

    @Test
    void evenIfItDoesNotParse() {
      assertThat(Templates.whole("${{ a b }}")).hasValueSatisfying(
          t -> assertThat(t.error()).isPresent());
    }

    @Test
    void notWhenThereIsMore() {
      assertThat(Templates.whole("v${{ a }}")).isEmpty();
      assertThat(Templates.whole("${{ a }} ")).isPresent();
      assertThat(Templates.whole("${{ a }}${{ b }}")).isEmpty();
      assertThat(Templates.whole("${{ a }} x")).isEmpty();
      assertThat(Templates.whole("github.ref")).isEmpty();
      assertThat(Templates.whole("${{ a")).isEmpty();
    }
  }
}
