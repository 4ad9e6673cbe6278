package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Trigger;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;

/**
 * A deploy job with no {@code concurrency:} group, on the job or the workflow: two runs (two
 * pushes in quick succession, a re-run) can deploy at the same time, and the older one can
 * finish last. Reported are jobs that deploy ({@link JobRoles#isDeploy}) to an environment or to
 * production. A workflow triggered only by {@code workflow_call} is left alone: its caller may
 * hold the group. A job calling a local reusable workflow is reported when that workflow holds no
 * group on the workflow or on its deploy jobs.
 */
@Rule(id = "GHA023", name = "deploy-without-concurrency", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.NOTE, tags = {"reliability", "deployment"},
    summary = "Deploy job without a concurrency group")
public final class DeployWithoutConcurrency implements GitHubRule {

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    Workflow workflow = job.workflow();
    if (job.node().has("concurrency") || workflow.root().has("concurrency")
        || onlyCalled(workflow) || !JobRoles.isDeploy(job)) {
      return;
    }
    if (job.isReusableWorkflowCall() ? !calledWithoutGroup(job)
        : !(JobRoles.hasEnvironment(job) || JobRoles.isProductionDeploy(job))) {
      return;
    }
    Optional<String> environment = JobRoles.environmentName(job).map(YamlScalar::value);
    ctx.report(job.idSpan(), "deploy job '" + job.id() + "'" + environment.map(e -> " to '"
        + e + "'").orElse("") + " has no concurrency group: two runs can deploy at the same time",
        "add 'concurrency: {group: deploy-" + environment.filter(e -> !e.contains("${{"))
            .orElse(job.id()) + ", cancel-in-progress: false}' so that deploys run one at a "
            + "time");
  }

  private static boolean onlyCalled(Workflow workflow) {
    return !workflow.triggers().isEmpty() && workflow.triggers().stream()
        .map(Trigger::event).allMatch("workflow_call"::equals);
  }

  /** Whether the called local workflow deploys with no group anywhere; false when unknown. */
  private static boolean calledWithoutGroup(Job job) {
    Optional<Workflow> called = JobRoles.called(job);
    return called.isPresent() && !called.get().root().has("concurrency")
        && called.get().jobs().stream().filter(JobRoles::isDeploy)
            .noneMatch(j -> j.node().has("concurrency"))
        && called.get().jobs().stream().anyMatch(JobRoles::isDeploy);
  }
}
