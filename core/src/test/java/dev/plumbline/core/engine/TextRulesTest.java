package dev.plumbline.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.discovery.DiscoveryResult;
import dev.plumbline.core.engine.discovery.FileDiscovery;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.LintRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TextContext;
import dev.plumbline.core.rule.TextRule;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text rules see the raw text of every file of every platform, once, after the platform's rules
 * (their cross-file phase included) and before the suppressions.
 */
@Timeout(60)
class TextRulesTest {

  /** Reports the first line of every file, naming what the file was linted as. */
  @Rule(id = "SEC901", name = "first-line", platform = Platform.SECRETS,
      severity = Severity.WARNING, tags = {"secrets"}, summary = "Reports line 1")
  public static final class FirstLine implements TextRule {
    @Override
    public void visitText(SourceFile file, TextContext ctx) {
      ctx.report(file.lineSpan(1), ctx.kind().map(FileKind::name).orElse("?"));
    }
  }

  /** Reports every line that says "token", unless a secrets rule already reported it. */
  @Rule(id = "SEC902", name = "token-lines", platform = Platform.SECRETS,
      severity = Severity.WARNING, tags = {"secrets"}, summary = "Reports token lines")
  public static final class TokenLines implements TextRule {
    @Override
    public void visitText(SourceFile file, TextContext ctx) {
      for (int line = 1; line <= file.lines().lineCount(); line++) {
        if (file.lineText(line).contains("token") && !ctx.reported(line, "secrets")) {
          ctx.report(file.lineSpan(line), "token");
        }
      }
    }
  }

  /** Fails on every file. */
  @Rule(id = "SEC903", name = "crashing-text", platform = Platform.SECRETS,
      severity = Severity.ERROR, summary = "Throws")
  public static final class Crashing implements TextRule {
    @Override
    public void visitText(SourceFile file, TextContext ctx) {
      throw new IllegalStateException("boom in " + file.path());
    }
  }

  /** A GitHub rule about secrets, which runs in GitHub's cross-file phase. */
  @Rule(id = "GHA901", name = "secret-steps", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.ERROR, tags = {"secrets"}, summary = "Reports steps with a token")
  public static final class SecretSteps implements GitHubRule {
    @Override
    public void visitStep(Step step, RuleContext ctx) {
      if (step.run().filter(r -> r.text().contains("token-a")).isPresent()) {
        ctx.report(step.anchorSpan(), "a secret step");
      }
    }
  }

  /** The same without the secrets tag. */
  @Rule(id = "GHA902", name = "other-steps", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.NOTE, summary = "Reports steps with another token")
  public static final class OtherSteps implements GitHubRule {
    @Override
    public void visitStep(Step step, RuleContext ctx) {
      if (step.run().filter(r -> r.text().contains("token-b")).isPresent()) {
        ctx.report(step.anchorSpan(), "another step");
      }
    }
  }

  private static Engine engine(Class<?>... rules) {
    List<RuleDescriptor> descriptors = new ArrayList<>();
    for (Class<?> rule : rules) {
      descriptors.add(new RuleDescriptor(rule.asSubclass(LintRule.class)));
    }
    return new Engine(RuleSet.defaults(new RuleRegistry(descriptors)),
        new EngineOptions(2, EngineOptions.DEFAULT_MAX_FILE_BYTES));
  }

  private static final Map<String, String> EVERY_PLATFORM = Map.of(
      ".github/workflows/ci.yml", "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
          + "      - run: make\n",
      ".gitlab-ci.yml", "build:\n  script:\n    - make\n",
      "Dockerfile", "FROM scratch\n",
      "k8s/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n",
      "infra/main.tf", "locals {}\n",
      "infra/prod.tfvars", "a = 1\n",
      "notes/readme.yaml", "title: not a manifest\n");

  @Test
  void aTextRuleRunsOnceOnEveryLintedFileOfEveryPlatform(@TempDir Path repo) throws IOException {
    write(repo, EVERY_PLATFORM);

    LintResult result = run(engine(FirstLine.class), repo);

    assertThat(result.findings()).extracting(f -> f.path() + " " + f.message()).containsExactly(
        ".github/workflows/ci.yml GITHUB_WORKFLOW", ".gitlab-ci.yml GITLAB_CI",
        "Dockerfile DOCKERFILE", "infra/main.tf TERRAFORM", "infra/prod.tfvars "
            + "TERRAFORM_VARIABLES", "k8s/cm.yaml KUBERNETES");
    assertThat(result.files()).hasSize(6)
        .allSatisfy(f -> assertThat(f.ruleIds()).containsExactly("SEC901"));
    assertThat(result.rules()).extracting(RuleDescriptor::id).containsExactly("SEC901");
  }

  @Test
  void aTextRuleKnowsWhatTheOtherRulesReportedIncludingTheCrossFilePhase(@TempDir Path repo)
      throws IOException {
    String workflow = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
        + "      - run: echo token-a\n      - run: echo token-b\n      - run: echo token-c\n";
    write(repo, Map.of(".github/workflows/ci.yml", workflow));
    Engine engine = engine(SecretSteps.class, OtherSteps.class, TokenLines.class);

    LintResult run = run(engine, repo);
    List<Finding> single = engine.lint(SourceFile.of("ci.yml", workflow),
        FileKind.GITHUB_WORKFLOW).findings();

    for (List<Finding> findings : List.of(run.findings(), single)) {
      assertThat(findings).extracting(f -> f.ruleId() + "@" + f.span().start().line())
          .containsExactly("GHA901@6", "SEC902@7", "GHA902@7", "SEC902@8");
    }
  }

  @Test
  void aFailingTextRuleIsContainedAndTheOtherRulesStillReport(@TempDir Path repo)
      throws IOException {
    write(repo, Map.of("Dockerfile", "FROM scratch\n# token\n",
        "main.tf", "# token\n"));

    LintResult result = run(engine(Crashing.class, TokenLines.class), repo);

    assertThat(result.findings()).extracting(f -> f.path() + " " + f.ruleId())
        .containsExactly("Dockerfile SEC902", "main.tf SEC902");
    assertThat(result.notifications()).filteredOn(Notification::isInternalError)
        .extracting(n -> n.ruleId().orElse("")).containsExactly("SEC903", "SEC903");
  }

  @Test
  void aTextRuleFindingIsSilencedByAnInlineSuppression(@TempDir Path repo) throws IOException {
    write(repo, Map.of("Dockerfile", "FROM scratch\n"
        + "# plumbline: ignore[SEC902] a test value\n# token\n"));

    LintResult result = run(engine(TokenLines.class), repo);

    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.span().start().line()).isEqualTo(3);
      assertThat(f.isSuppressed()).isTrue();
    });
  }

  private static void write(Path repo, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = repo.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
  }

  private static LintResult run(Engine engine, Path repo) throws IOException {
    DiscoveryResult discovery = new FileDiscovery(List.of()).discover(List.of(repo), repo);
    return engine.run(discovery.files(), discovery.notifications());
  }
}
