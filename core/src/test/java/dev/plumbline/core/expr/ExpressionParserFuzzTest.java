package dev.plumbline.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Fuzzes the GitHub Actions expression parser: any text is a tree or an
 * {@link ExprSyntaxException} with a place inside the text (the checks of
 * {@link ParserRobustnessTest#parseQuietly}), and the {@code ${{ }}} scanner finds expressions
 * that lie inside the value. {@code mvn verify} replays the inputs under
 * {@code ExpressionParserFuzzTestInputs}; {@code fuzz/run} fuzzes.
 */
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class ExpressionParserFuzzTest {

  @FuzzTest
  void expression(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ParserRobustnessTest.parseQuietly(text);
    for (TemplateExpression found : Templates.find(text)) {
      assertThat(found.start()).isLessThan(found.innerStart());
      assertThat(found.innerEnd()).isBetween(found.innerStart(), found.end());
      assertThat(found.end()).isLessThanOrEqualTo(text.length());
      found.expr().ifPresent(root -> root.descendants().forEach(node -> {
        assertThat(node.start()).isBetween(found.innerStart(), node.end());
        assertThat(node.end()).isLessThanOrEqualTo(found.innerEnd());
        node.contextPath();
      }));
    }
    Templates.whole(text);
  }
}
