package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} with a .plumbline.yml: found upward, given with --config, or wrong. */
class ConfigCliTest {

  /** Unpinned third-party and GitHub actions, an injection, and no permissions block. */
  private static final String WORKFLOW = """
      on: issues
      jobs:
        triage:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v4
            - uses: docker/login-action@v3
            - run: echo "${{ github.event.issue.title }}"
          timeout-minutes: 10
      """;

  /** A composite action with one unpinned third-party action. */
  private static final String ACTION = """
      name: build
      description: Builds the image
      runs:
        using: composite
        steps:
          - uses: docker/build-push-action@v6
      """;

  private static final String CONFIG = """
      fail-on: error
      exclude:
        - vendor/
      rules:
        excessive-permissions: off
        GHA001: error
      overrides:
        - files: [legacy/]
          rules:
            unpinned-action: note
      """;

  @TempDir
  Path repo;

  @BeforeEach
  void repository() throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    write(".github/workflows/triage.yml", WORKFLOW);
    write("legacy/action.yml", ACTION);
    write("vendor/action.yml", ACTION);
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** "path:line:column severity ruleId" for every finding of a JSON report. */
  private static List<String> findings(CliRun run) throws IOException {
    List<String> lines = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(run.stdout()).get("findings")) {
      lines.add(f.get("path").asText() + ":" + f.at("/start/line").asInt() + ":"
          + f.at("/start/column").asInt() + " " + f.get("severity").asText() + " "
          + f.get("ruleId").asText());
    }
    return lines;
  }

  @Test
  void withoutAConfigurationTheDefaultsApply() throws IOException {
    CliRun run = CliRun.in(repo, "--format", "json", ".");

    assertThat(findings(run)).containsExactly(
        ".github/workflows/triage.yml:3:3 warning GHA006",
        ".github/workflows/triage.yml:6:9 warning GHA007",
        ".github/workflows/triage.yml:6:32 note GHA001",
        ".github/workflows/triage.yml:7:35 warning GHA001",
        ".github/workflows/triage.yml:8:20 error GHA004",
        "legacy/action.yml:6:38 warning GHA001",
        "vendor/action.yml:6:38 warning GHA001");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void theConfigurationDisablesRaisesExcludesAndOverrides() throws IOException {
    write(".plumbline.yml", CONFIG);

    CliRun run = CliRun.in(repo, "--format", "json", ".");

    assertThat(run.stderr()).isEmpty();
    assertThat(findings(run)).containsExactly(
        ".github/workflows/triage.yml:6:9 warning GHA007",
        ".github/workflows/triage.yml:6:32 error GHA001",
        ".github/workflows/triage.yml:7:35 error GHA001",
        ".github/workflows/triage.yml:8:20 error GHA004",
        "legacy/action.yml:6:38 note GHA001");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void failOnFromTheConfigurationAppliesAndTheCommandLineWins() throws IOException {
    write(".plumbline.yml", "fail-on: never\n");
    assertThat(CliRun.in(repo, ".").exitCode()).as("fail-on: never").isZero();
    assertThat(CliRun.in(repo, "--fail-on", "warning", ".").exitCode()).isEqualTo(1);

    write(".plumbline.yml", "fail-on: error\nrules:\n  GHA004: off\n");
    assertThat(CliRun.in(repo, ".").exitCode()).as("only warnings and notes left").isZero();
    assertThat(CliRun.in(repo, "--fail-on", "note", ".").exitCode()).isEqualTo(1);
  }

  @Test
  void ruleOptionsReachTheRule() throws IOException {
    write(".plumbline.yml", """
        rules:
          unpinned-action:
            options:
              trusted-owners: [docker]
        """);

    CliRun run = CliRun.in(repo, "--format", "json", ".github");

    assertThat(findings(run)).containsExactly(
        ".github/workflows/triage.yml:3:3 warning GHA006",
        ".github/workflows/triage.yml:6:9 warning GHA007",
        ".github/workflows/triage.yml:6:32 warning GHA001",
        ".github/workflows/triage.yml:7:35 note GHA001",
        ".github/workflows/triage.yml:8:20 error GHA004");
  }

  @Test
  void theNearestConfigurationAboveTheScanRootApplies() throws IOException {
    write(".plumbline.yml", CONFIG);
    write("legacy/.plumbline.yml", "rules:\n  GHA001: off\n");

    CliRun inLegacy = CliRun.in(repo.resolve("legacy"), "--format", "json", ".");
    CliRun fromTop = CliRun.in(repo, "--format", "json", "legacy");

    assertThat(findings(inLegacy)).isEmpty();
    assertThat(findings(fromTop)).isEmpty();
  }

  @Test
  void excludesAreRelativeToTheConfigurationFileNotTheWorkingDirectory() throws IOException {
    write(".plumbline.yml", "exclude: [/legacy/]\n");

    CliRun fromSubdirectory = CliRun.in(repo.resolve(".github"), "--format", "json", "..");

    // files outside the working directory are shown with absolute paths
    String top = repo.toAbsolutePath() + "/";
    assertThat(findings(fromSubdirectory)).containsExactly(
        top + ".github/workflows/triage.yml:3:3 warning GHA006",
        top + ".github/workflows/triage.yml:6:9 warning GHA007",
        top + ".github/workflows/triage.yml:6:32 note GHA001",
        top + ".github/workflows/triage.yml:7:35 warning GHA001",
        top + ".github/workflows/triage.yml:8:20 error GHA004",
        top + "vendor/action.yml:6:38 warning GHA001");
  }

  @Test
  void excludeOnTheCommandLineIsRelativeToTheWorkingDirectory() throws IOException {
    write(".plumbline.yml", "exclude: [/legacy/]\n");

    CliRun all = CliRun.in(repo, "--format", "json", ".");
    CliRun anchored = CliRun.in(repo, "--format", "json", "--exclude", "/vendor", ".");
    CliRun fromSubdirectory = CliRun.in(repo.resolve("vendor"), "--format", "json",
        "--exclude", "/action.yml", ".");

    assertThat(findings(all)).anyMatch(f -> f.startsWith("vendor/action.yml"));
    assertThat(findings(anchored)).isNotEmpty().noneMatch(f -> f.startsWith("vendor/"));
    assertThat(findings(fromSubdirectory)).isEmpty();
  }

  @Test
  void anExplicitConfigurationReplacesTheOneFound(@TempDir Path elsewhere) throws IOException {
    write(".plumbline.yml", CONFIG);
    Path other = Files.writeString(elsewhere.resolve("strict.yml"), "rules:\n  GHA001: off\n");

    CliRun run = CliRun.in(repo, "--format", "json", "--config", other.toString(), ".github");

    assertThat(findings(run)).containsExactly(
        ".github/workflows/triage.yml:3:3 warning GHA006",
        ".github/workflows/triage.yml:6:9 warning GHA007",
        ".github/workflows/triage.yml:8:20 error GHA004");
  }

  @Test
  void aMissingExplicitConfigurationIsAUsageError() {
    CliRun run = CliRun.in(repo, "--config", "nope.yml", ".");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr()).isEqualTo("plumbline: no such configuration file: nope.yml\n");
  }

  @Test
  void everyProblemOfABadConfigurationIsPrintedAndNothingIsLinted() throws IOException {
    write(".plumbline.yml", """
        fail-on: sometimes
        rules:
          unpinned-actoin: off
          GHA001:
            options:
              trusted-owners: docker
        """);

    CliRun run = CliRun.in(repo, ".");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr()).isEqualTo("""
        plumbline: error: .plumbline.yml:1:10: 'fail-on' must be error, warning, note or never, \
        not the string 'sometimes'
        plumbline: error: .plumbline.yml:3:3: unknown rule 'unpinned-actoin'; did you mean \
        'unpinned-action'?
        plumbline: error: .plumbline.yml:6:23: option 'trusted-owners' must be a list of \
        strings, not the string 'docker'
        """);
  }

  @Test
  void scanRootsWithDifferentConfigurationsAreAUsageError() throws IOException {
    write("legacy/.plumbline.yml", "rules:\n  GHA001: off\n");

    CliRun run = CliRun.in(repo, ".github", "legacy", "vendor");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("plumbline: .github and legacy have different "
        + "configuration files (none and legacy/.plumbline.yml); lint them separately or choose "
        + "one with --config FILE\n");
    assertThat(CliRun.in(repo, "--config", "legacy/.plumbline.yml", ".github", "legacy")
        .exitCode()).as("--config settles it").isEqualTo(1);
  }

  @Test
  void bothFileNamesInOneDirectoryAreAnError() throws IOException {
    write(".plumbline.yml", "fail-on: error\n");
    write(".plumbline.yaml", "fail-on: note\n");

    CliRun run = CliRun.in(repo, ".");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("plumbline: error: .plumbline.yaml: both .plumbline.yml "
        + "and .plumbline.yaml are in .; keep one of them\n");
  }
}
