package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * SH011 from the command line: {@code rules} says whether shellcheck is on the PATH, and
 * {@code check} runs the one it finds there, never one among the scanned files. The shellcheck
 * here is a stand-in, a bash script of bash's own commands that comments on column 1 of every
 * script's first line.
 */
@DisabledOnOs(OS.WINDOWS)
class ShellcheckCliTest {

  private static final String WORKFLOW = """
      on: push
      permissions:
        contents: read
      jobs:
        build:
          runs-on: ubuntu-latest
          steps:
            - run: |
                make $TARGET
          timeout-minutes: 10
      """;

  @TempDir
  Path dir;

  private Path repo;
  private Path tools;

  @BeforeEach
  void repository() throws IOException {
    repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve(".github/workflows"));
    Files.writeString(repo.resolve(".github/workflows/ci.yml"), WORKFLOW);
    tools = dir.resolve("tools");
    stub(tools.resolve("shellcheck"));
  }

  private static void stub(Path program) throws IOException {
    Files.createDirectories(program.getParent());
    // line 2: line 1 is the "set -e" GitHub's bash starts with
    Files.writeString(program, "#!/bin/bash\nIFS= read -r -d '' input\n"
        + "printf '%s' '{\"comments\":[{\"file\":\"-\",\"line\":2,\"endLine\":2,\"column\":6,"
        + "\"endColumn\":13,\"level\":\"info\",\"code\":2086,\"message\":\"Double quote to "
        + "prevent globbing and word splitting.\",\"fix\":null}]}'\nexit 1\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void rulesSaysWhenShellcheckIsMissing() throws IOException {
    String without = CliRun.in(repo, Map.of(), "rules").stdout();
    assertThat(without.lines().filter(l -> l.startsWith("SH011"))).singleElement().asString()
        .endsWith("(inactive: shellcheck not found on PATH)");
    assertThat(without.lines().filter(l -> l.contains("inactive"))).hasSize(1);
    String with = CliRun.in(repo, Map.of("PATH", tools.toString()), "rules").stdout();
    assertThat(with).doesNotContain("inactive");

    JsonNode rules = new ObjectMapper().readTree(
        CliRun.in(repo, Map.of(), "rules", "--format", "json").stdout()).path("rules");
    for (JsonNode rule : rules) {
      boolean sh011 = rule.path("id").asText().equals("SH011");
      assertThat(rule.path("available").asBoolean()).as(rule.path("id").asText()).isEqualTo(!sh011);
      assertThat(rule.has("inactiveReason")).isEqualTo(sh011);
    }
    JsonNode found = new ObjectMapper().readTree(CliRun.in(repo, Map.of("PATH",
        tools.toString()), "rules", "--format", "json").stdout()).path("rules");
    assertThat(found.findValues("available")).allMatch(JsonNode::asBoolean);
  }

  @Test
  void checkRunsTheShellcheckOnThePath() throws IOException {
    CliRun run = CliRun.in(repo, Map.of("PATH", tools.toString()), "--format", "json", ".");
    assertThat(run.stderr()).isEmpty();
    JsonNode findings = new ObjectMapper().readTree(run.stdout()).path("findings");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.path("ruleId").asText()).isEqualTo("SH011");
      assertThat(f.path("severity").asText()).isEqualTo("note");
      assertThat(f.path("message").asText())
          .isEqualTo("SC2086: Double quote to prevent globbing and word splitting");
      assertThat(f.at("/start/line").asInt()).isEqualTo(9);
      assertThat(f.at("/start/column").asInt()).isEqualTo(16);
      assertThat(f.at("/end/column").asInt()).isEqualTo(23);
    });
    assertThat(CliRun.in(repo, Map.of(), "--format", "json", ".").stdout())
        .as("without shellcheck").contains("\"findings\": []");
  }

  @Test
  void aShellcheckAmongTheScannedFilesIsNotRun() throws IOException {
    Path inside = repo.resolve("node_modules/.bin");
    stub(inside.resolve("shellcheck"));
    CliRun onPath = CliRun.in(repo, Map.of("PATH", inside.toString()), "--format", "json", ".");
    assertThat(onPath.stdout()).contains("\"findings\": []");
    assertThat(onPath.stderr()).isEmpty();

    Files.writeString(repo.resolve(".plumbline.yml"), "rules:\n  shellcheck:\n    options:\n"
        + "      executable: " + tools.resolve("shellcheck") + "\n");
    CliRun configured = CliRun.in(repo.resolve(".github"), Map.of(), "--format", "json",
        "workflows");
    assertThat(configured.stdout()).contains("\"ruleId\": \"SH011\"");
    Files.writeString(repo.resolve(".plumbline.yml"), "rules:\n  shellcheck:\n    options:\n"
        + "      executable: " + inside.resolve("shellcheck") + "\n");
    CliRun refused = CliRun.in(repo.resolve(".github"), Map.of(), "--format", "json",
        "workflows");
    assertThat(refused.stdout()).contains("\"findings\": []");
    assertThat(refused.stderr()).contains("plumbline: warning: rule SH011: the configured "
        + "shellcheck '" + inside.resolve("shellcheck") + "' is refused: it lies among the "
        + "scanned files");
  }
}
