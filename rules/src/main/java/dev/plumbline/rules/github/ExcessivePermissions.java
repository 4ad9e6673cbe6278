package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Permissions;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.List;

@Rule(id = "GHA006", name = "excessive-permissions", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"security", "least-privilege"}, securitySeverity = 5.0,
    summary = "GITHUB_TOKEN gets more permissions than the jobs need")
public final class ExcessivePermissions implements GitHubRule {

  @Override
  public void visitWorkflow(Workflow workflow, RuleContext ctx) {
    List<Job> inheriting = workflow.jobs().stream().filter(j -> j.permissions().isEmpty()).toList();
    if (workflow.permissions().isPresent()) {
      checkWorkflowLevel(workflow.permissions().get(), inheriting, ctx);
      return;
    }
    List<Fix> fixes = ReadOnlyPermissionsFix.of(workflow, ctx.file()).map(List::of)
        .orElse(List.of());
    for (Job job : inheriting) {
      ctx.report(job.idSpan(), "job '" + job.id() + "' runs with the repository's default "
              + "GITHUB_TOKEN permissions, which may be write access to everything: neither the "
              + "job nor the workflow sets permissions",
          "add 'permissions: contents: read' (or 'permissions: {}') at the top of the workflow "
              + "and grant write scopes only in the jobs that need them", fixes);
    }
  }

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    job.permissions().filter(Permissions::isWriteAll).ifPresent(p -> reportWriteAll(p, ctx));
  }

  private static void checkWorkflowLevel(Permissions permissions, List<Job> inheriting,
      RuleContext ctx) {
    if (permissions.isWriteAll()) {
      reportWriteAll(permissions, ctx);
      return;
    }
    if (inheriting.size() < 2) {
      return; // with one job, workflow-level scopes are that job's scopes
    }
    for (Permissions.Scope scope : permissions.writeScopes()) {
      ctx.report(scope.entry().span(), "'" + scope.name() + ": write' at the workflow level is "
              + "given to all " + inheriting.size() + " jobs that set no permissions of their own",
          "move '" + scope.name() + ": write' into the permissions of the job that needs it and "
              + "keep the workflow level read-only");
    }
  }

  private static void reportWriteAll(Permissions permissions, RuleContext ctx) {
    ctx.report(permissions.node().span(),
        "'permissions: write-all' gives the GITHUB_TOKEN write access to every scope",
        "list only the scopes the job needs, e.g. 'permissions: contents: read'");
  }
}
