package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.score.ScoreModelDocs;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumbline score} from the command line: formats, files, exit codes, mistakes. */
@Timeout(120)
class ScoreCliTest {

  private static final Path ROOT = TestData.projectRoot();
  private static final String TYPICAL = "testdata/score/typical";

  @TempDir
  Path dir;

  @Test
  void theConsoleChecklistIsTheDefault() {
    CliRun run = CliRun.in(ROOT, "score", TYPICAL);
    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout())
        .startsWith("CI/CD automation (30% of the score): 64/100, weight met 9 of 14\n"
            + "  \u2713 CI-1    Automated builds on every commit: met, CI runs on every push or "
            + "pull request\n"
            + "            testdata/score/typical/.github/workflows/ci.yml:3  the workflow runs "
            + "on push\n")
        .contains("  \u2717 CI-8    Dependency versions locked")
        .contains("  ? CI-7    Rollback tested in last 30 days: not visible")
        .contains("  \u2013 IAC-3   Remote state with locking (Cloud Storage, S3): not applicable")
        .endsWith("Maturity score: 55/100 (50-69: Basic CI/CD, manual deployments to production)"
            + "\nItems: 11 met, 11 not met, 2 not applicable, 7 not visible.\n")
        .doesNotContain("\u001b");
  }

  @Test
  void minScoreDecidesTheExitStatus() {
    assertThat(CliRun.in(ROOT, "score", TYPICAL, "--min-score", "55").exitCode()).isZero();
    assertThat(CliRun.in(ROOT, "score", TYPICAL, "--min-score", "56").exitCode()).isEqualTo(1);
    assertThat(CliRun.in(ROOT, "score", TYPICAL, "--min-score", "0").exitCode()).isZero();
    assertThat(CliRun.in(ROOT, "score", "testdata/score/exemplary", "--min-score", "100")
        .exitCode()).isZero();
  }

  @Test
  void mistakesExitWithTwoAndOneLine() {
    assertMistake(CliRun.in(ROOT, "score", TYPICAL, "--min-score", "101"),
        "--min-score must be from 0 to 100, not 101");
    assertMistake(CliRun.in(ROOT, "score", TYPICAL, "--min-score", "many"), "many");
    assertMistake(CliRun.in(ROOT, "score", TYPICAL, "--format", "sarif"),
        "unknown format 'sarif' (formats: console, json, markdown, html)");
    assertMistake(CliRun.in(ROOT, "score", TYPICAL, "--format", "json", "--format", "html"),
        "only one --format can write to standard output");
    assertMistake(CliRun.in(ROOT, "score", "testdata/score/missing"),
        "no such file or directory: testdata/score/missing");
    assertMistake(CliRun.in(ROOT, "score", TYPICAL, "testdata/score/bare"), "Unmatched argument");
  }

  private static void assertMistake(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr()).contains(message).startsWith("plumbline: ").endsWith("\n")
        .doesNotContain("Exception").hasLineCount(1);
  }

  @Test
  void reportsGoToFilesAndAreByteIdenticalFromRunToRun() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    for (Path out : new Path[] {first, second}) {
      CliRun run = CliRun.in(ROOT, "score", TYPICAL, "--format", "console",
          "--format", "json=" + out.resolve("score.json"),
          "--format", "markdown=" + out.resolve("score.md"),
          "--format", "html=" + out.resolve("report/score.html"));
      assertThat(run.exitCode()).isZero();
      assertThat(run.stdout()).contains("Maturity score: 55/100");
    }
    for (String name : new String[] {"score.json", "score.md", "report/score.html"}) {
      byte[] bytes = Files.readAllBytes(first.resolve(name));
      assertThat(bytes).as(name).isNotEmpty().isEqualTo(Files.readAllBytes(second.resolve(name)));
      assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r")
          .doesNotContain(ROOT.toString());
    }
    JsonNode json = new ObjectMapper().readTree(first.resolve("score.json").toFile());
    assertThat(json.get("score").asInt()).isEqualTo(55);
    assertThat(Files.readString(first.resolve("score.md")))
        .startsWith("## DevOps maturity score: 55/100\n");
    assertThat(Files.readString(first.resolve("report/score.html")))
        .contains("<div class=\"total\" id=\"score\">55<small>/100</small></div>");
  }

  @Test
  void theScoreIsTheSameFromInsideTheRepository() {
    String fromRoot = CliRun.in(ROOT, "score", TYPICAL, "--format", "markdown").stdout();
    String fromInside = CliRun.in(ROOT.resolve(TYPICAL), "score", "--format", "markdown")
        .stdout();
    assertThat(fromInside.replace("`.github", "`" + TYPICAL + "/.github")
        .replace("`k8s/", "`" + TYPICAL + "/k8s/").replace("`Dockerfile", "`" + TYPICAL
            + "/Dockerfile")).isEqualTo(fromRoot);
  }

  @Test
  void theConfigurationsExcludesApplyButItsRuleSettingsDoNot() throws IOException {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve("Dockerfile"), "FROM python:3.12-slim\nCMD [\"python\"]\n");
    Files.createDirectories(repo.resolve("vendor"));
    Files.writeString(repo.resolve("vendor/Dockerfile"), "FROM alpine\n");
    Files.writeString(repo.resolve(".plumbline.yml"),
        "exclude: [vendor/]\nrules:\n  runs-as-root: off\n  DKR003: off\n");
    JsonNode json = new ObjectMapper().readTree(
        CliRun.in(repo, "score", "--format", "json").stdout());
    for (JsonNode item : json.get("items")) {
      String id = item.get("id").asText();
      if (id.equals("CS-4") || id.equals("CS-1")) {
        // the rules turned off still run for the score
        assertThat(item.get("status").asText()).as(id).isEqualTo("not-met");
        assertThat(item.at("/evidence/0/path").asText()).isEqualTo("Dockerfile");
      }
    }
    assertThat(json.toString()).doesNotContain("vendor/");
  }

  @Test
  void explainScoreDescribesTheModel() {
    CliRun run = CliRun.in(ROOT, "explain", "score");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo("# Maturity score\n\n" + ScoreModelDocs.markdown())
        .contains("| CI-1 | Automated builds on every commit | 3 |")
        .contains("| 90\u2013100 | DevOps-driven, production-ready |")
        .contains("### Secrets management (10%)");
    assertThat(CliRun.in(ROOT, "explain", "SCORE").stdout()).isEqualTo(run.stdout());
    assertThat(CliRun.in(ROOT, "score", "--help").stdout())
        .contains("--min-score=N").contains("markdown").contains("secrets management 10%)");
    assertThat(CliRun.in(ROOT, "--help").stdout()).contains("plumbline score --format html");
  }

  @Test
  void theReadmeHoldsTheModelAsExplainPrintsIt() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme).as("README.md's 'Maturity score' section is stale; copy the output of "
        + "'plumbline explain score' (without its title) into it").contains("## Maturity score")
        .contains(ScoreModelDocs.markdown());
  }
}
