package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.testing.ThrowingRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule that throws on one file, from the command line: the run goes on and reports every other
 * finding; the failure is one line on standard error and a SARIF tool execution notification
 * that names the rule and the file; and the exit status is still decided by the findings alone.
 * The failing rule is {@link ThrowingRule} (GHA990), added as a jar of extra rules would be.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RuleFailureCliTest {

  /** A clean workflow but for GHA003 (a note) on its container. */
  private static final String WORKFLOW = """
      %s
      on: push
      permissions:
        contents: read
      jobs:
        test:
          runs-on: ubuntu-latest
          container: node:22
          steps:
            - run: make test
          timeout-minutes: 10
      """;
  private static final String FAILS = ".github/workflows/fails.yml";
  private static final String FINE = ".github/workflows/fine.yml";

  @TempDir
  Path dir;

  private Path repo;
  private ExtraRulesCli cli;

  @BeforeEach
  void repositoryAndCommandLine() throws IOException {
    repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    cli = new ExtraRulesCli(dir.resolve("extra-rules"), List.of(ThrowingRule.class));
  }

  private void workflows(String failure) throws IOException {
    write(FAILS, WORKFLOW.formatted(ThrowingRule.request(failure)));
    write(FINE, WORKFLOW.formatted("# a workflow like any other"));
  }

  private CliRun check(String... args) throws Exception {
    return cli.run(repo, Map.of(), args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"IllegalStateException", "AssertionError", "NoClassDefFoundError"})
  void theRunGoesOnAndTheFailureIsOneLineOnStandardError(String failure) throws Exception {
    workflows(failure);
    CliRun run = check("--no-color", ".");
    assertThat(run.stderr()).isEqualTo("plumbline: error: " + FAILS + ": internal error in rule "
        + "GHA990: java.lang." + failure + ": thrown on request in " + FAILS + "\n");
    assertThat(run.stdout().lines().filter(line -> line.matches("\\S+:\\d+:\\d+: .*")))
        .containsExactly(
            FAILS + ":8:16: note[GHA003] the job container uses image 'node:22' by tag only; "
                + "the tag can be pushed again with different content",
            FINE + ":1:1: note[GHA990] " + ThrowingRule.MESSAGE,
            FINE + ":8:16: note[GHA003] the job container uses image 'node:22' by tag only; "
                + "the tag can be pushed again with different content");
    assertThat(run.stdout()).endsWith("Found 3 notes in 2 files (2 files linted).\n");
    assertThat(run.exitCode()).as("notes only: below the default --fail-on warning").isZero();
  }

  @Test
  void theExitStatusIsDecidedByTheFindingsNotByTheFailure() throws Exception {
    workflows("IllegalStateException");
    assertThat(check("--fail-on", "warning", ".").exitCode()).isZero();
    assertThat(check("--fail-on", "error", ".").exitCode()).isZero();
    assertThat(check("--fail-on", "never", ".").exitCode()).isZero();
    assertThat(check("--fail-on", "note", ".").exitCode()).isEqualTo(1);

    write(FINE, WORKFLOW.formatted("# a workflow like any other")
        .replace("run: make test", "uses: acme/deploy@main"));
    CliRun warned = check(".");
    assertThat(warned.stdout()).contains(FINE + ":10:27: error[GHA002]");
    assertThat(warned.exitCode()).isEqualTo(1);
  }

  @Test
  void sarifCarriesTheFailureAsAToolExecutionNotificationOfTheRule() throws Exception {
    workflows("IllegalStateException");
    CliRun run = check("--format", "sarif=out/plumbline.sarif", "--format",
        "json=out/plumbline.json", "--format", "junit=out/plumbline.xml", ".");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr()).contains("internal error in rule GHA990");

    JsonNode sarif = new ObjectMapper().readTree(repo.resolve("out/plumbline.sarif").toFile())
        .at("/runs/0");
    JsonNode rules = sarif.at("/tool/driver/rules");
    assertThat(sarif.at("/results")).hasSize(3).allSatisfy(result ->
        assertThat(rules.get(result.path("ruleIndex").asInt(-1)).path("id").asText())
            .isEqualTo(result.path("ruleId").asText()));
    JsonNode invocation = sarif.at("/invocations/0");
    assertThat(invocation.path("executionSuccessful").asBoolean(true)).isFalse();
    assertThat(invocation.path("toolExecutionNotifications")).singleElement().satisfies(n -> {
      assertThat(n.path("level").asText()).isEqualTo("error");
      assertThat(n.at("/message/text").asText()).isEqualTo("internal error in rule GHA990: "
          + "java.lang.IllegalStateException: thrown on request in " + FAILS + ".");
      assertThat(n.at("/associatedRule/id").asText()).isEqualTo("GHA990");
      assertThat(rules.get(n.at("/associatedRule/index").asInt(-1)).path("id").asText())
          .isEqualTo("GHA990");
      assertThat(n.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .isEqualTo(FAILS);
      assertThat(n.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
          .isEqualTo("%SRCROOT%");
      assertThat(n.at("/exception/kind").asText()).isEqualTo("java.lang.IllegalStateException");
    });
    // what the SARIF validators ask of every message
    assertThat(sarif.findValues("message")).filteredOn(JsonNode::isObject).hasSize(4)
        .allSatisfy(message ->
        assertThat(message.path("text").asText()).endsWith("."));

    JsonNode json = new ObjectMapper().readTree(repo.resolve("out/plumbline.json").toFile());
    assertThat(json.path("notifications")).singleElement().satisfies(n -> {
      assertThat(n.path("level").asText()).isEqualTo("error");
      assertThat(n.path("path").asText()).isEqualTo(FAILS);
      assertThat(n.path("ruleId").asText()).isEqualTo("GHA990");
    });
    assertThat(Files.readString(repo.resolve("out/plumbline.xml"), StandardCharsets.UTF_8))
        .containsPattern("<testsuite name=\"" + FAILS.replace(".", "\\.") + "\"[^>]*errors=\"1\"");
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
