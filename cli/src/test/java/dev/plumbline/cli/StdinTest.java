package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumbline --stdin-filename PATH -}: standard input linted as if it were PATH. */
class StdinTest {

  private static final String WORKFLOW = """
      name: ci
      on: push
      permissions:
        contents: read
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@main
          timeout-minutes: 10
      """;

  @TempDir
  Path tempDir;
  private Path repo;

  @BeforeEach
  void repository() throws IOException {
    repo = tempDir.toRealPath().resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
  }

  private static CliRun withInput(String stdin, Path workingDirectory, String... args) {
    return CliRun.withInput(stdin.getBytes(StandardCharsets.UTF_8), workingDirectory, Map.of(),
        args);
  }

  @Test
  void standardInputIsLintedAsTheNamedFileWhichNeedNotExist() {
    CliRun run = withInput(WORKFLOW, repo, "--stdin-filename", ".github/workflows/ci.yml", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).startsWith(".github/workflows/ci.yml:9:32: error[GHA002]")
        .endsWith("Found 1 error in 1 file (1 file linted).\n");
    assertThat(run.stderr()).isEmpty();
    assertThat(repo.resolve(".github")).doesNotExist();
  }

  @Test
  void theOutputIsWhatLintingTheFileGives() throws IOException {
    Path file = repo.resolve(".github/workflows/ci.yml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, WORKFLOW, StandardCharsets.UTF_8);
    CliRun fromFile = CliRun.in(repo, "--format", "json", ".github/workflows/ci.yml");
    CliRun fromStdin = withInput(WORKFLOW, repo, "--format", "json", "--stdin-filename",
        ".github/workflows/ci.yml", "-");
    assertThat(fromStdin.stdout()).isEqualTo(fromFile.stdout()).contains("\"GHA002\"");
    assertThat(fromStdin.exitCode()).isEqualTo(fromFile.exitCode());
  }

  @Test
  void thePathIsClassifiedWithinItsRepositoryFromAnyWorkingDirectory() throws IOException {
    Path sub = Files.createDirectories(repo.resolve(".github"));
    CliRun run = withInput(WORKFLOW, sub, "--stdin-filename", "workflows/ci.yml", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).startsWith("workflows/ci.yml:9:32: error[GHA002]");
  }

  @Test
  void theConfigurationIsTheOneTheNamedFileWouldGet() throws IOException {
    Path sub = Files.createDirectories(repo.resolve("sub"));
    Files.writeString(repo.resolve(".plumbline.yml"), "rules:\n  GHA002: note\n");
    CliRun run = withInput(WORKFLOW, sub, "--stdin-filename", "../.github/workflows/ci.yml", "-");
    assertThat(run.exitCode()).as("a note does not fail the run").isZero();
    assertThat(run.stdout()).contains("note[GHA002]");
  }

  @Test
  void aPathPlumblineDoesNotLintIsANoteAndExitsZero() {
    CliRun run = withInput(WORKFLOW, repo, "--stdin-filename", "docs/ci.yml", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo("No findings (0 files linted).\n");
    assertThat(run.stderr()).isEqualTo("plumbline: note: docs/ci.yml: not linted: Plumbline "
        + "does not recognise this kind of file.\n");
  }

  @Test
  void invalidInputIsAFindingNotACrash() {
    CliRun run = CliRun.withInput(new byte[] {'o', 'n', ':', ' ', (byte) 0xff, '\n'}, repo,
        Map.of(), "--stdin-filename", ".github/workflows/ci.yml", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).startsWith(".github/workflows/ci.yml:1:5: error[GHA000] the file is "
        + "not valid UTF-8");
  }

  @Test
  void standardInputWorksWithABaseline() {
    CliRun written = withInput(WORKFLOW, repo, "--stdin-filename", ".github/workflows/ci.yml",
        "--write-baseline", "b.json", "-");
    assertThat(written.exitCode()).isZero();
    CliRun run = withInput("# a comment\n" + WORKFLOW, repo, "--stdin-filename",
        ".github/workflows/ci.yml", "--baseline", "b.json", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr()).isEqualTo("plumbline: note: 1 finding hidden by baseline b.json.\n");
  }

  @Test
  void misuseIsAOneLineUsageError() throws IOException {
    Files.createDirectories(repo.resolve("dir"));
    String[][] cases = {
        {"-"},
        {"--stdin-filename", "ci.yml"},
        {"--stdin-filename", "ci.yml", "."},
        {"--stdin-filename", "ci.yml", "-", "."},
        {"--stdin-filename", "ci.yml", "-", "-"},
        {"--stdin-filename", "dir", "-"}};
    String[] messages = {
        "reading standard input needs --stdin-filename PATH",
        "--stdin-filename names standard input: give '-' as the path to read it",
        "--stdin-filename names standard input: give '-' as the path to read it",
        "'-' (standard input) cannot be combined with other paths",
        "'-' (standard input) cannot be combined with other paths",
        "--stdin-filename must name a file, not a directory"};
    for (int i = 0; i < cases.length; i++) {
      CliRun run = withInput(WORKFLOW, repo, cases[i]);
      assertThat(run.exitCode()).as(String.join(" ", cases[i])).isEqualTo(2);
      assertThat(run.stdout()).isEmpty();
      assertThat(run.stderr()).as(String.join(" ", cases[i]))
          .isEqualTo("plumbline: " + messages[i] + " (see 'plumbline --help')\n");
    }
  }
}
