package dev.plumbline.rules.gitlab;

import static dev.plumbline.rules.gitlab.RuleCondition.BRANCH;
import static dev.plumbline.rules.gitlab.RuleCondition.MERGE_REQUEST;
import static dev.plumbline.rules.gitlab.RuleCondition.Truth.FALSE;
import static dev.plumbline.rules.gitlab.RuleCondition.Truth.TRUE;
import static dev.plumbline.rules.gitlab.RuleCondition.Truth.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.rules.gitlab.RuleCondition.Truth;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleConditionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " # ", value = {
      "$CI_PIPELINE_SOURCE == \"merge_request_event\" # FALSE # TRUE",
      "$CI_PIPELINE_SOURCE == 'push' # TRUE # FALSE",
      "$CI_PIPELINE_SOURCE != \"push\" # FALSE # TRUE",
      "$CI_PIPELINE_SOURCE =~ /^(push|web)$/ # TRUE # FALSE",
      "$CI_PIPELINE_SOURCE !~ /merge/ # TRUE # FALSE",
      "$CI_COMMIT_BRANCH # TRUE # FALSE",
      "${CI_COMMIT_BRANCH} # TRUE # FALSE",
      "$CI_MERGE_REQUEST_IID # FALSE # TRUE",
      "$CI_COMMIT_TAG # FALSE # FALSE",
      "$CI_COMMIT_TAG == null # TRUE # TRUE",
      "$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS # TRUE # FALSE",
      "$CI_MERGE_REQUEST_IID || $CI_COMMIT_BRANCH # TRUE # TRUE",
      "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH # UNKNOWN # FALSE",
      "$CI_COMMIT_BRANCH == \"main\" # UNKNOWN # FALSE",
      "$CI_COMMIT_BRANCH =~ /^release/ # UNKNOWN # FALSE",
      "$DEPLOY == \"true\" # UNKNOWN # UNKNOWN",
      "$DEPLOY == \"true\" && $CI_MERGE_REQUEST_IID # FALSE # UNKNOWN",
      "$DEPLOY || $CI_COMMIT_BRANCH # TRUE # UNKNOWN",
      "$CI_COMMIT_TAG || $CI_COMMIT_BRANCH && $CI_MERGE_REQUEST_IID # FALSE # FALSE",
      "($CI_COMMIT_TAG || $CI_COMMIT_BRANCH) && $CI_OPEN_MERGE_REQUESTS # TRUE # FALSE",
      "$CI_COMMIT_TAG == \"\" # UNKNOWN # UNKNOWN",
      "$CI_PIPELINE_SOURCE == \"push\" && # UNKNOWN # UNKNOWN",
      "($CI_COMMIT_BRANCH # UNKNOWN # UNKNOWN",
      "$CI_PIPELINE_SOURCE =~ /[/ # UNKNOWN # UNKNOWN",
      "\"text\" # UNKNOWN # UNKNOWN",
  })
  void evaluatesInBothPipelinesOfOnePush(String expression, Truth branch, Truth mergeRequest) {
    assertThat(RuleCondition.evaluate(expression.trim(), BRANCH)).as("branch").isEqualTo(branch);
    assertThat(RuleCondition.evaluate(expression.trim(), MERGE_REQUEST)).as("merge request")
        .isEqualTo(mergeRequest);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void deepParenthesesAndPatternsAreUnknownNotAStackOverflow() {
    String deep = "(".repeat(100_000) + "$CI_COMMIT_BRANCH" + ")".repeat(100_000);
    assertThat(RuleCondition.evaluate(deep, BRANCH)).isEqualTo(UNKNOWN);
    String shallow = "(".repeat(50) + "$CI_COMMIT_BRANCH" + ")".repeat(50);
    assertThat(RuleCondition.evaluate(shallow, BRANCH)).isEqualTo(TRUE);
    String pattern = "$CI_PIPELINE_SOURCE =~ /" + "(".repeat(100_000) + "push"
        + ")".repeat(100_000) + "/";
    assertThat(RuleCondition.evaluate(pattern, BRANCH)).isEqualTo(UNKNOWN);
  }

  @Test
  void parenthesesNestUpToTheLimitThenReadAsUnknown() {
    int limit = RuleCondition.MAX_NESTING;
    String nested = "(".repeat(limit) + "$CI_COMMIT_BRANCH" + ")".repeat(limit);
    assertThat(RuleCondition.evaluate(nested, BRANCH)).isEqualTo(TRUE);
    String deep = "(".repeat(20_000) + "$CI_COMMIT_BRANCH" + ")".repeat(20_000);
    assertThat(RuleCondition.evaluate(deep, BRANCH)).isEqualTo(UNKNOWN);
    assertThat(RuleCondition.evaluate("(".repeat(limit + 1) + "$CI_COMMIT_BRANCH"
        + ")".repeat(limit + 1), BRANCH)).isEqualTo(UNKNOWN);
  }

  @Test
  @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
  void aPatternThatBacktracksWithoutEndIsUnknown() {
    String pattern = "(.*)".repeat(14) + "x";
    assertThat(RuleCondition.evaluate("$CI_PIPELINE_SOURCE =~ /" + pattern + "/", MERGE_REQUEST))
        .isEqualTo(UNKNOWN);
  }

  @Test
  @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
  void aPatternTheMatcherCannotFollowOverALongValueIsUnknown() {
    String value = "a".repeat(50_000);
    assertThat(RuleCondition.evaluate("\"" + value + "\" =~ /(a|b)*/", BRANCH))
        .isEqualTo(UNKNOWN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "TRUE | TRUE | TRUE", "TRUE | UNKNOWN | UNKNOWN", "FALSE | UNKNOWN | FALSE",
      "UNKNOWN | UNKNOWN | UNKNOWN"})
  void andIsThreeValued(Truth a, Truth b, Truth and) {
    assertThat(a.and(b)).isEqualTo(and);
    assertThat(b.and(a)).isEqualTo(and);
    assertThat(a.not().or(b.not())).isEqualTo(and.not());
  }
}
