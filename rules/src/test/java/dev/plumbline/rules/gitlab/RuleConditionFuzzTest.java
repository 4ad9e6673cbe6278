package dev.plumbline.rules.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plumbline.rules.gitlab.RuleCondition.Scenario;
import dev.plumbline.rules.gitlab.RuleCondition.Truth;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Fuzzes the reader of GitLab {@code rules:if} expressions: any text evaluates to true, false or
 * unknown in both pipeline scenarios, never to an exception, and a known answer (which only a
 * text that parses whole can give) stays the same in parentheses. {@code mvn verify} replays the
 * inputs under {@code RuleConditionFuzzTestInputs}; {@code fuzz/run} fuzzes.
 */
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class RuleConditionFuzzTest {

  private static final List<Scenario> SCENARIOS =
      List.of(RuleCondition.BRANCH, RuleCondition.MERGE_REQUEST);

  @FuzzTest
  void rulesIf(FuzzedDataProvider data) {
    String expression = data.consumeRemainingAsString();
    for (Scenario scenario : SCENARIOS) {
      Truth truth = RuleCondition.evaluate(expression, scenario);
      if (truth != Truth.UNKNOWN) {
        assertThat(RuleCondition.evaluate("(" + expression + ")", scenario))
            .as("(%s) in the %s scenario", expression, scenario.name()).isEqualTo(truth);
      }
    }
  }
}
