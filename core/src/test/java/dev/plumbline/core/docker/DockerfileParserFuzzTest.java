package dev.plumbline.core.docker;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Fuzzes the Dockerfile parser and the model built on it: any text gives instructions and
 * problems, never an exception, and every span lies inside the text (the checks of
 * {@link DockerfileRobustnessTest#exercise}). {@code mvn verify} replays the inputs under
 * {@code DockerfileParserFuzzTestInputs}; {@code fuzz/run} fuzzes.
 */
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class DockerfileParserFuzzTest {

  @FuzzTest
  void dockerfile(FuzzedDataProvider data) {
    DockerfileRobustnessTest.exercise(data.consumeRemainingAsString());
  }
}
