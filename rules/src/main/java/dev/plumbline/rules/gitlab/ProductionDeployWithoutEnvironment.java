package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;

/**
 * A job that deploys to production ({@link JobRoles#isProductionDeploy}, here by its name or
 * stage) without {@code environment:}: GitLab then knows of no deployment, so no protected
 * environment restricts who may run it, no approval is asked and no history is kept. When such
 * a job is {@code when: manual}, the button is its only gate, and the message says so. Trigger
 * jobs are left alone: the downstream pipeline they start declares the environment.
 */
@Rule(id = "GLC005", name = "production-deploy-without-environment",
    platform = Platform.GITLAB_CI, severity = Severity.WARNING,
    tags = {"security", "deployment"}, securitySeverity = 5.0,
    summary = "Production deploy job without an environment")
public final class ProductionDeployWithoutEnvironment implements GitLabRule {

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    if (job.hidden() || job.environment().isPresent() || job.trigger().isPresent()
        || !JobRoles.isProductionDeploy(job)) {
      return;
    }
    String message = "job '" + job.name() + "' deploys to production without an environment";
    if (JobRoles.isManual(job)) {
      message += "; 'when: manual' is its only gate";
    }
    ctx.report(job.nameNode(), message, "add 'environment: production' and protect the "
        + "environment: it restricts who may deploy, can require approval and keeps the "
        + "deployment history");
  }
}
