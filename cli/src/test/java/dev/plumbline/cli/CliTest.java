package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  private static final Path ROOT = TestData.projectRoot();
  private static final String GOOD_WORKFLOW = """
      name: ci
      on: push
      permissions:
        contents: read
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
              with:
                persist-credentials: false
            - run: make test
          timeout-minutes: 10
      """;

  private static Path workflow(Path repo, String name, String text) throws IOException {
    Path file = repo.resolve(".github/workflows").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void examplesPrintFindingsAndExitWithOne() {
    CliRun run = CliRun.in(ROOT, "testdata/examples");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout())
        .contains("testdata/examples/.github/workflows/release.yml:30:28: error[GHA004]")
        .contains("   |                            ^^^^")
        .contains("Found 9 errors, 17 warnings and 7 notes in 8 files (9 files linted, 1 suppressed).");
    assertThat(run.stderr()).isEmpty();
  }

  @Test
  void checkSubcommandIsTheDefaultCommand() {
    assertThat(CliRun.in(ROOT, "check", "testdata/examples").stdout())
        .isEqualTo(CliRun.in(ROOT, "testdata/examples").stdout());
  }

  @Test
  void directoryWithOnlyCleanFilesExitsWithZero(@TempDir Path repo) throws IOException {
    workflow(repo, "ci.yml", GOOD_WORKFLOW);
    CliRun run = CliRun.in(repo, ".");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo("No findings (1 file linted).\n");
  }

  @Test
  void unknownFlagPrintsOneLineAndExitsWithTwo() {
    CliRun run = CliRun.in(ROOT, "--frobnicate", "testdata/examples");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr().lines()).singleElement().satisfies(line -> {
      assertThat(line).startsWith("plumbline: ").contains("--frobnicate");
      assertThat(line).doesNotContain("Exception");
    });
  }

  @Test
  void yamlSyntaxErrorIsAFindingAndOtherFilesAreStillLinted(@TempDir Path repo) throws IOException {
    workflow(repo, "broken.yml", "on: push\njobs:\n  build:\n    runs-on: [ubuntu-latest\n    steps: []\n");
    workflow(repo, "release.yml", GOOD_WORKFLOW.replace(
        "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2", "actions/checkout@main"));
    CliRun run = CliRun.in(repo, ".");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout())
        .containsPattern("\\.github/workflows/broken\\.yml:5:\\d+: error\\[GHA000\\]")
        .contains(".github/workflows/release.yml:9:32: error[GHA002]")
        .contains("(2 files linted)");
  }

  @Test
  void reportsGoToFilesAndAgreeWithEachOther(@TempDir Path out) throws IOException {
    Path sarif = out.resolve("reports/plumbline.sarif");
    Path json = out.resolve("plumbline.json");
    CliRun run = CliRun.in(ROOT, "--format", "sarif=" + sarif, "--format", "json=" + json,
        "testdata/examples");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).isEmpty();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode sarifRoot = mapper.readTree(sarif.toFile());
    JsonNode jsonRoot = mapper.readTree(json.toFile());
    assertThat(sarifRoot.at("/version").asText()).isEqualTo("2.1.0");
    assertThat(sarifRoot.at("/runs/0/results").size()).as("33 findings and 1 suppressed")
        .isEqualTo(34);
    assertThat(jsonRoot.at("/findings").size()).isEqualTo(34);
    JsonNode suppressed = sarifRoot.at("/runs/0/results/1");
    assertThat(suppressed.at("/ruleId").asText()).isEqualTo("GHA001");
    assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(suppressed.at("/suppressions/0/justification").asText())
        .isEqualTo("our own action; its release tags are protected");
    assertThat(jsonRoot.at("/findings/1/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(jsonRoot.at("/summary/suppressed").asInt()).isEqualTo(1);
    assertThat(sarifRoot.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
        .asText()).isEqualTo("testdata/examples/.github/workflows/ci.yml");
    assertThat(sarifRoot.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText())
        .isEqualTo(ROOT.toUri().toString());
  }

  @Test
  void outputIsByteIdenticalAcrossRuns(@TempDir Path out) throws IOException {
    Path first = out.resolve("1.sarif");
    Path second = out.resolve("2.sarif");
    CliRun.in(ROOT, "--format", "sarif=" + first, "-j", "1", "testdata/examples");
    CliRun.in(ROOT, "--format", "sarif=" + second, "-j", "4", "testdata/examples");
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(CliRun.in(ROOT, "testdata/examples").stdout())
        .isEqualTo(CliRun.in(ROOT, "-j", "3", "testdata/examples").stdout());
  }

  @Test
  void failOnDecidesTheExitCode(@TempDir Path repo) throws IOException {
    workflow(repo, "ci.yml", GOOD_WORKFLOW.replace(
        "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2", "docker/login-action@v3"));
    assertThat(CliRun.in(repo, ".").exitCode()).as("a warning fails by default").isEqualTo(1);
    assertThat(CliRun.in(repo, "--fail-on", "error", ".").exitCode()).isZero();
    assertThat(CliRun.in(repo, "--fail-on", "never", ".").exitCode()).isZero();
    assertThat(CliRun.in(repo, "--fail-on", "note", ".").exitCode()).isEqualTo(1);
    CliRun bad = CliRun.in(repo, "--fail-on", "sometimes", ".");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.stderr().lines()).singleElement().asString().contains("--fail-on must be one of");
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo(@TempDir Path repo) {
    for (String[] args : new String[][] {
        {"no/such/dir"}, {"--format", "xml", "."}, {"--format", "json", "--format", "sarif", "."},
        {"--jobs", "0", "."}, {"explain", "GHA999"}}) {
      CliRun run = CliRun.in(repo, args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.stderr().lines()).as(String.join(" ", args)).singleElement().asString()
          .startsWith("plumbline: ").doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(CliRun.in(repo, "no/such/dir").stderr())
        .isEqualTo("plumbline: no such file or directory: no/such/dir\n");
  }

  @Test
  void rulesListsEveryRule() {
    CliRun run = CliRun.in(ROOT, "rules");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("GHA000", "GHA001", "GHA002", "GHA004", "GHA006", "GHA008",
        "GHA012", "PLB001", "script-injection",
        RuleRegistry.load().all().size() + " rules.");
  }

  @Test
  void explainPrintsTheRuleDocumentationByIdOrName() {
    CliRun byId = CliRun.in(ROOT, "explain", "GHA004");
    assertThat(byId.exitCode()).isZero();
    assertThat(byId.stdout()).startsWith("# GHA004 script-injection").contains("## How to fix")
        .contains("Severity: error");
    assertThat(CliRun.in(ROOT, "explain", "script-injection").stdout()).isEqualTo(byId.stdout());
    assertThat(CliRun.in(ROOT, "explain", "script-injecton").stderr()).contains("did you mean 'script-injection'?");
  }

  @Test
  void versionAndHelp() {
    assertThat(CliRun.in(ROOT, "--version").stdout()).startsWith("plumbline 0.");
    CliRun help = CliRun.in(ROOT, "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.stdout()).contains("Usage: plumbline", "--format", "--fail-on", "Examples:",
        "explain", "rules", "check");
    assertThat(help.stdout().replaceAll("\\s+", " ")).contains("GitHub Actions workflows and "
        + "actions, GitLab CI pipelines, Dockerfiles, Kubernetes manifests and Terraform");
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() {
    Environment tty = new Environment(null, null, Map.of(), ROOT, true);
    assertThat(tty.colour(false)).isTrue();
    assertThat(tty.colour(true)).as("--no-color").isFalse();
    assertThat(new Environment(null, null, Map.of("NO_COLOR", "1"), ROOT, true).colour(false)).isFalse();
    assertThat(new Environment(null, null, Map.of("TERM", "dumb"), ROOT, true).colour(false)).isFalse();
    assertThat(new Environment(null, null, Map.of(), ROOT, false).colour(false)).as("a pipe").isFalse();
    assertThat(CliRun.in(ROOT, "testdata/examples").stdout()).doesNotContain("\u001b[");
  }

  @Test
  void explicitFileOutsideAnyPlatformIsNotedNotLinted() {
    CliRun run = CliRun.in(ROOT, "testdata/examples/README.md");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr()).contains("testdata/examples/README.md: not linted");
  }
}
