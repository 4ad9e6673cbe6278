package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumbline --fix}: safe fixes written to the files, then what remains is reported. */
class FixCliTest {

  private static final String CHECKOUT =
      "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2";

  /** One checkout to fix, one whose finding is suppressed, and an unquoted injection. */
  private static final String WORKFLOW = """
      name: ci
      on:
        push:
          branches: [main]
        pull_request:
      permissions:
        contents: read
      jobs:
        test:
          runs-on: ubuntu-24.04
          timeout-minutes: 15
          steps:
            - uses: %1$s
            - run: echo ${{ github.head_ref }}
        other:
          runs-on: ubuntu-24.04
          timeout-minutes: 15
          steps:
            # plumbline: ignore[GHA007] this job pushes
            - uses: %1$s
            - run: make
      """.formatted(CHECKOUT);

  @TempDir
  Path tempDir;
  private Path repo;

  @BeforeEach
  void repository() throws IOException {
    repo = tempDir.toRealPath().resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve(".github/workflows"));
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(repo.resolve(".github/workflows").resolve(name), content);
  }

  @Test
  void safeFixesOfCountingFindingsAreWrittenAndTheRestIsReported() throws IOException {
    Path ci = write("ci.yml", WORKFLOW.getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.in(repo, "--fix", "--format", "json", ".");

    String fixed = Files.readString(ci);
    assertThat(fixed).isEqualTo(WORKFLOW.replaceFirst(
        "(?m)^      - uses: " + java.util.regex.Pattern.quote(CHECKOUT) + "$",
        "      - uses: " + CHECKOUT.replace("$", "\\$")
            + "\n        with:\n          persist-credentials: false"));
    assertThat(run.stderr()).isEqualTo("plumbline: applied 1 fix in 1 file\n");
    // linted again: the suppressed checkout and the injection, whose fix needs review, remain
    JsonNode findings = new ObjectMapper().readTree(run.stdout()).path("findings");
    List<String> remaining = new ArrayList<>();
    findings.forEach(f -> remaining.add(f.path("ruleId").asText() + "@"
        + f.at("/start/line").asInt() + (f.path("suppressions").isEmpty() ? "" : " suppressed")
        + (f.at("/fixes/0/safe").asBoolean() ? " safe fix" : "")));
    assertThat(remaining).containsExactly("GHA004@16", "GHA007@22 suppressed safe fix");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void lineBreaksAndTheByteOrderMarkAreKept() throws IOException {
    String crlf = WORKFLOW.replace("\n", "\r\n");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = crlf.getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(text, 0, content, bom.length, text.length);
    Path ci = write("ci.yml", content);

    CliRun run = CliRun.in(repo, "--fix", ".");
    byte[] after = Files.readAllBytes(ci);
    assertThat(after[0]).isEqualTo(bom[0]);
    String fixed = new String(after, StandardCharsets.UTF_8).substring(1);
    assertThat(fixed)
        .contains(CHECKOUT + "\r\n        with:\r\n          persist-credentials: false\r\n")
        .doesNotContain("false\n").doesNotContainPattern("[^\r]\n");
    assertThat(run.stderr()).isEqualTo("plumbline: applied 1 fix in 1 file\n");
  }

  @Test
  void nothingToFixChangesNothing() throws IOException {
    byte[] content = WORKFLOW.replace("- run: echo ${{ github.head_ref }}", "- run: make")
        .replace("      - uses: " + CHECKOUT + "\n      - run: make\n  other",
            "      - uses: " + CHECKOUT + "\n        with:\n          persist-credentials: false"
                + "\n      - run: make\n  other")
        .getBytes(StandardCharsets.UTF_8);
    Path ci = write("ci.yml", content);
    CliRun run = CliRun.in(repo, "--fix", ".");
    assertThat(Files.readAllBytes(ci)).isEqualTo(content);
    assertThat(run.stderr()).isEqualTo("plumbline: applied 0 fixes in 0 files\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void fixturesOfGha007LintCleanAfterFix() throws IOException {
    Path fixtures = TestData.testdata().resolve("fixtures/github/GHA007");
    int files = 0;
    try (var list = Files.list(fixtures)) {
      for (Path fixture : list.filter(p -> p.getFileName().toString().startsWith("bad-"))
          .sorted().toList()) {
        if (!fixture.getFileName().toString().endsWith("action.yml")) {
          Files.copy(fixture, repo.resolve(".github/workflows").resolve(fixture.getFileName()));
          files++;
        }
      }
    }
    CliRun run = CliRun.in(repo, "--fix", "--format", "github", ".");
    // the fixes that need review (after an explicit 'true', before a git push) are left
    assertThat(run.stderr()).isEqualTo("plumbline: applied 2 fixes in 2 files\n");
    assertThat(run.stdout().lines().filter(l -> l.contains("GHA007")))
        .hasSize(files - 2)
        .allMatch(l -> l.contains("bad-explicit-true-upload.yml")
            || l.contains("bad-later-push.yml"));
    assertThat(run.stdout()).doesNotContain("GHA000");
  }

  @Test
  void standardInputCannotBeFixed() {
    CliRun run = CliRun.withInput(WORKFLOW.getBytes(StandardCharsets.UTF_8), repo, Map.of(),
        "--fix", "--stdin-filename", ".github/workflows/ci.yml", "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr().lines()).singleElement().asString()
        .startsWith("plumbline: --fix").contains("standard input");
  }

  @Test
  void helpExplainsFix() {
    CliRun run = CliRun.in(repo, "--help");
    assertThat(run.stdout()).contains("--fix").contains("safe fixes");
  }
}
