package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;

/**
 * A job that deploys to an environment without {@code resource_group:}: two pipelines (two
 * merges in quick succession, a retried pipeline) can then deploy at the same time, and the
 * older one can finish last. Reported are jobs that deploy to an environment
 * ({@link JobRoles#isTargetDeploy}: not one used only for its protected variables), and
 * production deploys ({@link JobRoles#isProductionDeploy}) without one; of other jobs named
 * deploy, release or publish it is not known what they deploy to, nor whether two collide.
 */
@Rule(id = "GLC015", name = "deploy-without-resource-group", platform = Platform.GITLAB_CI,
    severity = Severity.NOTE, tags = {"reliability", "deployment"},
    summary = "Deploy job without a resource group")
public final class DeployWithoutResourceGroup implements GitLabRule {

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    if (job.hidden() || job.resourceGroup().isPresent()
        || !(job.environment().isPresent() ? JobRoles.isTargetDeploy(job)
            : JobRoles.isProductionDeploy(job))) {
      return;
    }
    String target = job.environmentName().map(n -> " to '" + n.value() + "'").orElse("");
    ctx.report(job.nameNode(), "deploy job '" + job.name() + "'" + target + " has no "
        + "resource_group: two pipelines can deploy at the same time",
        "add 'resource_group: " + job.environmentName().map(n -> n.value()).orElse(job.name())
            + "' so that deploys to it run one at a time");
  }
}
