package dev.plumbline.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.discovery.DiscoveryResult;
import dev.plumbline.core.engine.discovery.FileDiscovery;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

  /** Stands in for the platform's invalid-file rule. */
  @Rule(id = "GHA000", name = "invalid-workflow", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.ERROR, summary = "Invalid file")
  public static final class Invalid implements GitHubRule {}

  /** Reports every step. */
  @Rule(id = "GHA901", name = "every-step", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.WARNING, summary = "Reports every step")
  public static final class EveryStep implements GitHubRule {
    @Override
    public void visitStep(Step step, RuleContext ctx) {
      ctx.report(step.anchorSpan(), step.label());
    }
  }

  /** Fails on every job. */
  @Rule(id = "GHA902", name = "crashing", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.ERROR, summary = "Throws")
  public static final class Crashing implements GitHubRule {
    @Override
    public void visitJob(Job job, RuleContext ctx) {
      throw new IllegalStateException("boom in " + job.id());
    }
  }

  private static final String WORKFLOW = """
      on: push
      jobs:
        a:
          runs-on: x
          steps:
            - run: one
            - run: two
        b:
          runs-on: x
          steps:
            - run: three
      """;

  private static Engine engine(int jobs, long maxBytes) {
    RuleRegistry registry = new RuleRegistry(List.of(new RuleDescriptor(Invalid.class),
        new RuleDescriptor(EveryStep.class), new RuleDescriptor(Crashing.class)));
    return new Engine(RuleSet.defaults(registry), new EngineOptions(jobs, maxBytes));
  }

  @Test
  void aFailingRuleIsReportedOnceAndTheOtherRulesStillRun() {
    Engine.FileOutcome outcome = engine(1, 1 << 20).lint(SourceFile.of("w.yml", WORKFLOW),
        FileKind.GITHUB_WORKFLOW);
    assertThat(outcome.findings()).extracting(Finding::message)
        .containsExactly("step 1", "step 2", "step 1");
    assertThat(outcome.notifications()).singleElement().satisfies(n -> {
      assertThat(n.isInternalError()).isTrue();
      assertThat(n.ruleId()).contains("GHA902");
      assertThat(n.message()).contains("boom in a");
    });
  }

  @Test
  void findingsAreSortedByPositionThenRule() {
    List<Finding> findings = engine(1, 1 << 20).lint(SourceFile.of("w.yml", WORKFLOW),
        FileKind.GITHUB_WORKFLOW).findings();
    assertThat(findings).isSortedAccordingTo(Finding.ORDER);
    assertThat(findings).extracting(f -> f.span().start().line()).containsExactly(6, 7, 11);
  }

  @Test
  void unreadableInputIsAFindingOfTheInvalidFileRule(@TempDir Path repo) throws IOException {
    Path workflows = Files.createDirectories(repo.resolve(".github/workflows"));
    Files.write(workflows.resolve("binary.yml"), new byte[] {'o', 'n', 0, 1, 2});
    Files.write(workflows.resolve("latin1.yml"), "on: push\nname: caf\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(workflows.resolve("good.yml"), WORKFLOW);
    LintResult result = run(engine(2, 1 << 20), repo);
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("GHA000"))
        .extracting(f -> f.path() + ":" + f.span().start() + " " + f.message().split(" \\(")[0])
        .containsExactly(
            ".github/workflows/binary.yml:1:1 the file is binary",
            ".github/workflows/latin1.yml:2:10 the file is not valid UTF-8");
    assertThat(result.findings()).filteredOn(f -> f.path().endsWith("good.yml")).hasSize(3);
    assertThat(result.filesLinted()).isEqualTo(3);
  }

  @Test
  void filesOverTheSizeLimitAreSkippedWithANotice(@TempDir Path repo) throws IOException {
    Path workflows = Files.createDirectories(repo.resolve(".github/workflows"));
    Files.writeString(workflows.resolve("big.yml"), WORKFLOW + "#" + "x".repeat(400) + "\n");
    Files.writeString(workflows.resolve("small.yml"), "on: push\n");
    LintResult result = run(engine(1, 300), repo);
    assertThat(result.notifications()).singleElement().satisfies(n -> {
      assertThat(n.path()).contains(".github/workflows/big.yml");
      assertThat(n.message()).startsWith("skipped: the file is");
      assertThat(n.isInternalError()).isFalse();
    });
    assertThat(result.filesLinted()).isEqualTo(1);
  }

  @Test
  void parallelAndSequentialRunsGiveTheSameResult(@TempDir Path repo) throws IOException {
    Path workflows = Files.createDirectories(repo.resolve(".github/workflows"));
    for (int i = 0; i < 40; i++) {
      Files.writeString(workflows.resolve("w" + i + ".yml"), WORKFLOW.replace("one", "one-" + i));
    }
    LintResult sequential = run(engine(1, 1 << 20), repo);
    LintResult parallel = run(engine(4, 1 << 20), repo);
    assertThat(parallel.findings()).isEqualTo(sequential.findings());
    assertThat(parallel.notifications()).isEqualTo(sequential.notifications());
    assertThat(sequential.findings()).hasSize(120);
  }

  @Test
  void aFailingParserOrModelIsContainedToItsFileWithOneOrManyThreads(@TempDir Path repo)
      throws IOException {
    Path workflows = Files.createDirectories(repo.resolve(".github/workflows"));
    Files.writeString(workflows.resolve("explodes.yml"), "on: push\n");
    Files.writeString(workflows.resolve("fine.yml"), "on: push\n");
    PlatformLinter fragile = new PlatformLinter() {
      @Override
      public java.util.Set<FileKind> kinds() {
        return java.util.Set.of(FileKind.GITHUB_WORKFLOW);
      }

      @Override
      public Platform platform() {
        return Platform.GITHUB_ACTIONS;
      }

      @Override
      public void lint(FileLint lint, FileKind kind) {
        if (lint.file().path().endsWith("explodes.yml")) {
          throw new IllegalStateException("parser bug");
        }
        lint.reportInvalid("GHA000", lint.file().lineSpan(1), "linted");
      }
    };
    for (int jobs : new int[] {1, 2}) {
      RuleRegistry registry = new RuleRegistry(List.of(new RuleDescriptor(Invalid.class)));
      Engine engine = new Engine(RuleSet.defaults(registry), new EngineOptions(jobs, 1 << 20),
          List.of(fragile));
      LintResult result = run(engine, repo);
      assertThat(result.findings()).as("jobs=%d", jobs).singleElement()
          .satisfies(f -> assertThat(f.path()).endsWith("fine.yml"));
      assertThat(result.notifications()).as("jobs=%d", jobs).singleElement().satisfies(n -> {
        assertThat(n.isInternalError()).isTrue();
        assertThat(n.path()).hasValueSatisfying(p -> assertThat(p).endsWith("explodes.yml"));
        assertThat(n.message()).contains("parser bug");
      });
      assertThat(result.executionSuccessful()).isFalse();
    }
  }

  private static LintResult run(Engine engine, Path repo) throws IOException {
    DiscoveryResult discovery = new FileDiscovery(List.of()).discover(List.of(repo), repo);
    return engine.run(discovery.files(), discovery.notifications());
  }
}
