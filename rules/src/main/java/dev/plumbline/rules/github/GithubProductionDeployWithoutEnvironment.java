package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * A job that deploys to production ({@link JobRoles#isProductionDeploy}: by its id or name or
 * by what its deploy steps name) without {@code environment:}: no protection rule (required
 * reviewers, wait timer, allowed branches) can stop it, the production secrets are not kept
 * apart from the rest of the repository, and GitHub records no deployment. Jobs that call a
 * reusable workflow are left alone: GitHub does not allow {@code environment:} on them; the
 * called workflow's jobs declare it.
 */
@Rule(id = "GHA019", name = "github-production-deploy-without-environment",
    platform = Platform.GITHUB_ACTIONS, severity = Severity.WARNING,
    tags = {"security", "deployment"}, securitySeverity = 5.0,
    summary = "Production deploy job without an environment")
public final class GithubProductionDeployWithoutEnvironment implements GitHubRule {

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    if (job.isReusableWorkflowCall() || JobRoles.hasEnvironment(job)
        || !JobRoles.isProductionDeploy(job)) {
      return;
    }
    ctx.report(job.idSpan(), "job '" + job.id() + "' deploys to production without an "
        + "environment: no protection rule can stop it and no deployment is recorded",
        "add 'environment: production' and protect the environment in the repository settings "
            + "(required reviewers, deployment branches); keep the production secrets in it");
  }
}
