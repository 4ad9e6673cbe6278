package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --baseline} and {@code --write-baseline} from the command line. */
class BaselineCliTest {

  /** Four findings: GHA006 on line 3, GHA001 on lines 8, 9 and 10 (8 and 10 identical). */
  private static final String WORKFLOW = """
      name: ci
      on: push
      permissions: write-all
      jobs:
        build:
          runs-on: ubuntu-latest
          steps:
            - uses: foo/bar@v1
            - uses: foo/baz@v2
            - uses: foo/bar@v1
            - run: make
          timeout-minutes: 10
      """;

  @TempDir
  Path repo;
  private Path workflow;

  @BeforeEach
  void gitLikeRepository() throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    workflow = repo.resolve(".github/workflows/x.yml");
    Files.createDirectories(workflow.getParent());
    write(WORKFLOW);
  }

  private void write(String text) throws IOException {
    Files.writeString(workflow, text, StandardCharsets.UTF_8);
  }

  @Test
  void roundTripHidesMovedFindingsAndReportsTheFixedOneAsStale() throws IOException {
    CliRun written = CliRun.in(repo, "--write-baseline", "plumbline-baseline.json");
    assertThat(written.exitCode()).as("writing a baseline accepts the findings").isZero();
    assertThat(written.stdout()).contains("Found 4 warnings in 1 file");
    assertThat(written.stderr())
        .isEqualTo("plumbline: note: wrote 4 findings to baseline plumbline-baseline.json.\n");

    // blank lines and unrelated edits above every finding
    write("# the project's CI\n\n" + WORKFLOW.replace("name: ci\non: push\n",
            "name: continuous integration\non:\n  push:\n\n\n")
        .replace("  build:\n", "  lint:\n    runs-on: ubuntu-latest\n"
            + "    timeout-minutes: 10\n    steps:\n"
            + "      - run: echo lint\n\n  build:\n"));
    CliRun moved = CliRun.in(repo, "--baseline", "plumbline-baseline.json");
    assertThat(moved.exitCode()).isZero();
    assertThat(moved.stdout()).isEqualTo("No findings (1 file linted, 4 suppressed).\n");
    assertThat(moved.stderr())
        .isEqualTo("plumbline: note: 4 findings hidden by baseline plumbline-baseline.json.\n");

    // fix one finding
    write(Files.readString(workflow).replace("foo/baz@v2", "./local-action"));
    CliRun fixed = CliRun.in(repo, "--baseline", "plumbline-baseline.json");
    assertThat(fixed.exitCode()).isZero();
    assertThat(fixed.stdout()).isEqualTo("No findings (1 file linted, 3 suppressed).\n");
    assertThat(fixed.stderr()).isEqualTo(
        "plumbline: note: 3 findings hidden by baseline plumbline-baseline.json.\n"
            + "plumbline: note: .github/workflows/x.yml: baseline entry no longer matches: "
            + "GHA001 recorded at line 9 (fixed or changed?); run --write-baseline to update "
            + "it.\n");
  }

  @Test
  void aNewFindingIsReportedAndFailsTheRun() throws IOException {
    CliRun.in(repo, "--write-baseline", "plumbline-baseline.json");
    write(WORKFLOW.replace("      - run: make\n", "      - uses: foo/bar@v1\n      - run: make\n"));

    CliRun run = CliRun.in(repo, "--baseline", "plumbline-baseline.json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).contains(".github/workflows/x.yml:11:23: warning[GHA001]")
        .contains("Found 1 warning in 1 file (1 file linted, 4 suppressed).");
    assertThat(run.stderr()).contains("4 findings hidden by baseline");
  }

  @Test
  void hiddenFindingsStayInSarifAsExternallySuppressed() throws IOException {
    CliRun.in(repo, "--write-baseline", "b.json");
    CliRun run = CliRun.in(repo, "--baseline", "b.json", "--format", "sarif=out.sarif");
    assertThat(run.exitCode()).isZero();
    JsonNode results = new ObjectMapper().readTree(repo.resolve("out.sarif").toFile())
        .at("/runs/0/results");
    assertThat(results).hasSize(4);
    for (JsonNode result : results) {
      assertThat(result.path("suppressions").toString())
          .isEqualTo("[{\"kind\":\"external\",\"justification\":\"baseline b.json\"}]");
    }
  }

  @Test
  void aBaselineWorksFromASubdirectory() throws IOException {
    CliRun.in(repo, "--write-baseline", "plumbline-baseline.json");
    CliRun run = CliRun.in(repo.resolve(".github"), "--baseline", "../plumbline-baseline.json",
        "workflows");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr()).contains("4 findings hidden by baseline ../plumbline-baseline.json.");
  }

  @Test
  void writingAndReadingTogetherRewritesTheBaseline() throws IOException {
    CliRun.in(repo, "--write-baseline", "b.json");
    write(WORKFLOW.replace("foo/baz@v2", "./local-action"));

    CliRun run = CliRun.in(repo, "--baseline", "b.json", "--write-baseline", "b.json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr()).contains("wrote 3 findings to baseline b.json.");
    CliRun after = CliRun.in(repo, "--baseline", "b.json");
    assertThat(after.exitCode()).isZero();
    assertThat(after.stderr())
        .isEqualTo("plumbline: note: 3 findings hidden by baseline b.json.\n");
  }

  @Test
  void aWrittenBaselineIsTheSameBytesEveryTime() throws IOException {
    CliRun.in(repo, "--write-baseline", "1.json", "-j", "1");
    CliRun.in(repo, "--write-baseline", "2.json", "-j", "4");
    assertThat(Files.readAllBytes(repo.resolve("1.json")))
        .isEqualTo(Files.readAllBytes(repo.resolve("2.json")));
    assertThat(Files.readString(repo.resolve("1.json"))).doesNotContain("\r").endsWith("}\n");
  }

  @Test
  void aMissingOrBrokenBaselineIsAOneLineErrorWithExitTwo() throws IOException {
    CliRun missing = CliRun.in(repo, "--baseline", "nope.json");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.stdout()).isEmpty();
    assertThat(missing.stderr()).isEqualTo("plumbline: cannot read the baseline nope.json: no such "
        + "file (create it with --write-baseline nope.json)\n");

    Files.writeString(repo.resolve("broken.json"), "{\n  \"version\": 1,\n  \"findings\": [\n"
        + "    {\"rule\": \"GHA001\", \"path\": \"x.yml\", \"fingerprint\": 7}\n  ]\n}\n");
    CliRun broken = CliRun.in(repo, "--baseline", "broken.json");
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.stdout()).isEmpty();
    assertThat(broken.stderr())
        .isEqualTo("plumbline: broken.json:4:56: 'fingerprint' must be a string\n");
  }
}
