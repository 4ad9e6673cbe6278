package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score of the real-world corpus (-Dplumbline.corpus): no internal error, and the same
 * report byte for byte on one thread and on four.
 */
@Timeout(600)
class ScoreCorpusTest {

  @Test
  void oneThreadAndFourGiveTheSameScore(@TempDir Path out) throws IOException {
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + TestData.corpus());
    String corpus = TestData.corpus().toAbsolutePath().toString();
    CliRun one = CliRun.in(out, "score", "-j", "1", "--format", "json", corpus);
    CliRun four = CliRun.in(out, "score", "-j", "4", "--format", "json", corpus);
    assertThat(one.exitCode()).as(one.stderr()).isZero();
    assertThat(one.stderr()).doesNotContain("internal error").isEqualTo(four.stderr());
    assertThat(one.stdout()).isEqualTo(four.stdout());
    JsonNode score = new ObjectMapper().readTree(one.stdout());
    assertThat(score.get("items")).hasSize(31);
    assertThat(score.get("score").asInt()).isBetween(0, 100);
  }
}
