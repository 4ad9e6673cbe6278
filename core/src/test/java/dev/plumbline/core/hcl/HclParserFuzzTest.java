package dev.plumbline.core.hcl;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Fuzzes the HCL parser in both syntaxes: any text gives a file and its problems, never an
 * exception, and every span of the tree lies inside the text (the checks of
 * {@link HclRobustnessTest#exercise}). {@code mvn verify} replays the inputs under
 * {@code HclParserFuzzTestInputs}; {@code fuzz/run} fuzzes.
 */
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class HclParserFuzzTest {

  @FuzzTest
  void nativeSyntax(FuzzedDataProvider data) {
    HclRobustnessTest.exercise("main.tf", data.consumeRemainingAsString());
  }

  @FuzzTest
  void jsonSyntax(FuzzedDataProvider data) {
    HclRobustnessTest.exercise("main.tf.json", data.consumeRemainingAsString());
  }
}
