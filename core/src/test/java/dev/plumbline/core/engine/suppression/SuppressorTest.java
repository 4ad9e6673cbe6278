package dev.plumbline.core.engine.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suppression;
import dev.plumbline.core.rule.SuppressionRule;
import dev.plumbline.core.rule.SuppressionUse;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressorTest {

  @Rule(id = "GHA901", name = "every-step", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.WARNING, summary = "Reports every step")
  public static final class EveryStep implements GitHubRule {
    @Override
    public void visitStep(Step step, RuleContext ctx) {
      ctx.report(step.anchorSpan(), step.label());
    }
  }

  @Rule(id = "GHA902", name = "every-job", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.WARNING, summary = "Reports every job")
  public static final class EveryJob implements GitHubRule {
    @Override
    public void visitJob(dev.plumbline.core.model.github.Job job, RuleContext ctx) {
      ctx.report(job.idSpan(), "job " + job.id());
    }
  }

  /** Reports every use count, so tests can see what the engine told the suppression rules. */
  @Rule(id = "PLB901", name = "uses", platform = Platform.PLUMBLINE, severity = Severity.NOTE,
      summary = "Reports how each directive was used")
  public static final class Uses implements SuppressionRule {
    @Override
    public void visitSuppression(SuppressionUse use, RuleContext ctx) {
      for (SuppressionUse.NamedRule r : use.rules()) {
        ctx.report(r.ref().span(), r.ref().text() + " known=" + r.rule().isPresent()
            + " active=" + r.active() + " suppressed=" + r.suppressed());
      }
    }
  }

  private static final RuleRegistry REGISTRY = new RuleRegistry(List.of(
      new RuleDescriptor(EveryStep.class), new RuleDescriptor(EveryJob.class),
      new RuleDescriptor(Uses.class)));

  private static List<Finding> lint(RuleSet rules, String yaml) {
    return new Engine(rules, new EngineOptions(1, 1 << 20))
        .lint(SourceFile.of("w.yml", yaml), FileKind.GITHUB_WORKFLOW).findings();
  }

  private static List<Finding> lint(String yaml) {
    return lint(RuleSet.defaults(REGISTRY), yaml);
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.span().start().line() + " " + f.ruleId() + " "
        + (f.isSuppressed() ? "suppressed(" + f.suppressions().get(0).justification() + ") " : "")
        + f.message()).toList();
  }

  @Test
  void aTrailingCommentSilencesItsLineAndAStandaloneOneTheNextLine() {
    List<Finding> findings = lint("""
        on: push
        jobs:
          a:
            runs-on: x
            steps:
              - run: one # plumbline: ignore[GHA901] trailing
              # plumbline: ignore[every-step] by name, on the line above
              - run: two
              - run: three
        """);
    assertThat(describe(findings)).containsExactly(
        "3 GHA902 job a",
        "6 GHA901 suppressed(trailing) step 1",
        "6 PLB901 GHA901 known=true active=true suppressed=1",
        "7 PLB901 every-step known=true active=true suppressed=1",
        "8 GHA901 suppressed(by name, on the line above) step 2",
        "9 GHA901 step 3");
    assertThat(findings.get(1).suppressions())
        .containsExactly(Suppression.inSource("trailing"));
  }

  @Test
  void aFileCommentSilencesEveryFindingOfItsRulesOnly() {
    List<Finding> findings = lint("""
        # plumbline: ignore-file[GHA901, GHA999] generated file
        on: push
        jobs:
          a:
            runs-on: x
            steps:
              - run: one
              - run: two
        """);
    assertThat(describe(findings)).containsExactly(
        "1 PLB901 GHA901 known=true active=true suppressed=2",
        "1 PLB901 GHA999 known=false active=false suppressed=0",
        "4 GHA902 job a",
        "7 GHA901 suppressed(generated file) step 1",
        "8 GHA901 suppressed(generated file) step 2");
  }

  @Test
  void aRuleTurnedOffIsKnownButInactive() {
    RuleSet rules = RuleSet.builder(REGISTRY)
        .configure(REGISTRY.find("GHA901").orElseThrow(), RuleConfig.off()).build();
    List<Finding> findings = lint(rules, """
        on: push
        jobs:
          a: # plumbline: ignore[GHA901] off anyway
            runs-on: x
        """);
    assertThat(describe(findings)).containsExactly(
        "3 GHA902 job a",
        "3 PLB901 GHA901 known=true active=false suppressed=0");
  }

  @Test
  void findingsAboutDirectivesCanThemselvesBeSilencedButDoNotCountAsUses() {
    List<Finding> findings = lint("""
        # plumbline: ignore-file[PLB901] the test rule is noisy
        on: push
        jobs:
          a: # plumbline: ignore[GHA902] reviewed
            runs-on: x
        """);
    assertThat(describe(findings)).containsExactly(
        "1 PLB901 suppressed(the test rule is noisy) PLB901 known=true active=true suppressed=0",
        "4 GHA902 suppressed(reviewed) job a",
        "4 PLB901 suppressed(the test rule is noisy) GHA902 known=true active=true suppressed=1");
  }

  @Test
  void aMalformedDirectiveSilencesNothing() {
    List<Finding> findings = lint("""
        on: push
        jobs:
          a: # plumbline: ignore GHA902
            runs-on: x
        """);
    assertThat(describe(findings)).containsExactly("3 GHA902 job a");
  }

  @Test
  void anIgnoreFileCommentBelowTheContentIsKeptWithAProblem() {
    SourceFile file = SourceFile.of("w.yml", """
        # leading comment
        # plumbline: ignore-file[GHA901] at the top

        on: push # plumbline: ignore-file[GHA902] too late
        """);
    var directives = CommentDirectives.read(file,
        dev.plumbline.core.source.CommentScanner.scan(file));
    assertThat(directives).hasSize(2);
    assertThat(directives.get(0).problem()).isEmpty();
    assertThat(directives.get(1).problem()).hasValueSatisfying(p ->
        assertThat(p).contains("top of the file"));
  }
}
