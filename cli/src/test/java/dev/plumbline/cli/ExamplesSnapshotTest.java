package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.testing.Snapshots;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each format's report of {@code testdata/examples}, as the command line writes it, kept as a
 * snapshot under {@code testdata/snapshots/}. Regenerate with
 * {@code -Dplumbline.updateSnapshots=true} when rules or examples change, and read the diff.
 */
class ExamplesSnapshotTest {

  private static final Path ROOT = TestData.projectRoot();
  /** Stands for the project directory, the one absolute path a report may hold. */
  private static final String SOURCE_ROOT = "file:///path/to/plumbline/";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "console, examples.console.txt",
      "json,    examples.json",
      "sarif,   examples.sarif",
      "junit,   examples.junit.xml",
      "gitlab,  examples.gitlab.json",
      "github,  examples.github.txt",
  })
  void reportOfTheExamplesMatchesItsSnapshot(String format, String snapshot) throws IOException {
    CliRun run = CliRun.in(ROOT, "--format", format, "testdata/examples");
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
    String report = format.equals("sarif") ? withPortableSourceRoot(run.stdout()) : run.stdout();
    assertThat(report).doesNotContain(ROOT.toString()).doesNotContain(ROOT.toUri().toString());
    Snapshots.assertMatches(snapshot, report);
  }

  /** SARIF's {@code %SRCROOT%} is the absolute project directory: the one value replaced. */
  private static String withPortableSourceRoot(String sarif) {
    String root = "\"uri\": \"" + ROOT.toUri() + "\"";
    assertThat(sarif.split(Pattern.quote(root), -1)).as("%SRCROOT% once")
        .hasSize(2);
    return sarif.replace(root, "\"uri\": \"" + SOURCE_ROOT + "\"");
  }
}
