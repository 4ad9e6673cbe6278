package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.Trigger;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.Locale;

@Rule(id = "GHA028", name = "dangerous-trigger", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.NOTE, tags = {"security"}, securitySeverity = 3.0,
    summary = "Workflow runs with privileges for events that forks can cause")
public final class DangerousTrigger implements GitHubRule {

  @Override
  public void visitWorkflow(Workflow workflow, RuleContext ctx) {
    for (Trigger trigger : workflow.triggerAnalysis().dangerous()) {
      if (trigger.event().toLowerCase(Locale.ROOT).equals("workflow_run")) {
        ctx.report(trigger.span(), "workflow_run runs with the repository's secrets and a token "
                + "that may write, after workflows that may have run for a fork's pull request; "
                + "their artifacts, branch names and commits are the fork's",
            "treat everything from the triggering run as untrusted input: never execute it, "
                + "never expand it into scripts, $GITHUB_ENV or conditions that grant trust");
      } else {
        ctx.report(trigger.span(), "pull_request_target runs with the repository's secrets and "
                + "a token that may write, for pull requests from forks; it must never run "
                + "or trust the pull request's code and text",
            "use pull_request unless the workflow needs secrets or write access; otherwise keep "
                + "the fork's code out of the job (no checkout of its head) and its text out of "
                + "scripts");
      }
    }
  }
}
