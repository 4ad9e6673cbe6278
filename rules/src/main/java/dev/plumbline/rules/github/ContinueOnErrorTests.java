package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/**
 * {@code continue-on-error: true} on a job that tests, lints or scans ({@link JobRoles#isTest})
 * or on a step that does ({@link JobRoles#runsTests}): its failure then counts as a success.
 * An expression ({@code continue-on-error: ${{ matrix.experimental }}}) is a deliberate choice
 * for some matrix entries and is left alone; so is a scanner step followed by a step of the
 * same job that uploads SARIF, whose findings reach code scanning whatever the exit code.
 */
@Rule(id = "GHA014", name = "continue-on-error-tests", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"reliability", "testing"},
    summary = "Test, lint or scan job or step continues on error")
public final class ContinueOnErrorTests implements GitHubRule {

  private static final String HINT = "fix or quarantine the failing checks and remove "
      + "'continue-on-error: true'; to let some matrix entries fail, use an expression such as "
      + "'continue-on-error: ${{ matrix.experimental }}'";

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    continueOnError(job.node()).filter(v -> JobRoles.isTest(job)).ifPresent(value ->
        ctx.report(value.span(), "job '" + job.id() + "' runs tests, linters or scanners with "
            + "'continue-on-error: true': its failure does not fail the workflow", HINT));
  }

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    Optional<YamlScalar> value = continueOnError(step.node());
    if (value.isEmpty() || !JobRoles.runsTests(step) || uploadsSarifLater(step)) {
      return;
    }
    ctx.report(value.get().span(), "step '" + step.label() + "' runs tests, linters or scanners "
        + "with 'continue-on-error: true': its failure does not fail the job", HINT);
  }

  /** A literal {@code continue-on-error: true}. */
  static Optional<YamlScalar> continueOnError(YamlMapping node) {
    return node.scalar("continue-on-error")
        .filter(s -> s.asBoolean().orElse(false) && !s.value().contains("${{"));
  }

  private static boolean uploadsSarifLater(Step step) {
    List<Step> steps = step.job().map(Job::steps).orElse(List.of());
    return JobRoles.scans(step) && steps.stream().skip(step.index() + 1L)
        .anyMatch(s -> s.uses().map(u -> u.slug().equals("github/codeql-action")
            && u.path().startsWith("upload-sarif")).orElse(false));
  }
}
