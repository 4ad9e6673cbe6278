package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-world corpus (-Dplumbline.corpus) linted on one thread and on four gives the same
 * reports byte for byte: parallel linting changes nothing but the time.
 */
class CorpusJobsTest {

  @Test
  void oneThreadAndFourGiveByteIdenticalReports(@TempDir Path out) throws IOException {
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + TestData.corpus());
    String corpus = TestData.corpus().toAbsolutePath().toString();

    CliRun one = CliRun.in(out, "--fail-on", "never", "-j", "1", "--format", "console",
        "--format", "sarif=" + out.resolve("1.sarif"), corpus);
    CliRun four = CliRun.in(out, "--fail-on", "never", "-j", "4", "--format", "console",
        "--format", "sarif=" + out.resolve("4.sarif"), corpus);

    assertThat(one.exitCode()).isZero();
    assertThat(one.stdout()).contains("files linted").isEqualTo(four.stdout());
    assertThat(one.stderr()).isEqualTo(four.stderr());
    assertThat(Files.readAllBytes(out.resolve("1.sarif")))
        .isEqualTo(Files.readAllBytes(out.resolve("4.sarif")));
  }
}
