package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * A job with {@code steps:} and no {@code timeout-minutes}: GitHub lets it run for 360 minutes, so a
 * hung test, a prompt waiting for input or a stuck network call holds a runner (and, on
 * GitHub-hosted runners, bills minutes) for six hours. Jobs that call a reusable workflow are
 * left alone: GitHub does not allow {@code timeout-minutes} on them, the called workflow's jobs
 * set their own.
 */
@Rule(id = "GHA015", name = "missing-timeout", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.NOTE, tags = {"reliability", "cost"},
    summary = "Job without timeout-minutes")
public final class MissingTimeout implements GitHubRule {

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    if (job.isReusableWorkflowCall() || !job.node().has("steps")
        || job.node().has("timeout-minutes")) {
      return;
    }
    ctx.report(job.idSpan(), "job '" + job.id() + "' has no timeout-minutes: a hung step can "
        + "hold the runner for the default 360 minutes",
        "add 'timeout-minutes:' with a little more than the job's usual duration");
  }
}
