package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.Literal;
import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Trigger;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A job of a privileged workflow checks out the pull request's head and a later step of the same
 * job runs code from the workspace. A checkout that nothing executes (to diff, lint as data,
 * comment) is left to dangerous-trigger.
 */
@Rule(id = "GHA005", name = "untrusted-checkout", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.ERROR, tags = {"security"}, securitySeverity = 9.0,
    summary = "Privileged workflow checks out a pull request's code and runs it")
public final class UntrustedCheckout implements GitHubRule {

  /** Contexts naming the pull request's (or the triggering run's) head commit or branch. */
  private static final Set<List<String>> HEAD_REFS = Set.of(
      List.of("github", "event", "pull_request", "head", "sha"),
      List.of("github", "event", "pull_request", "head", "ref"),
      List.of("github", "event", "pull_request", "head", "repo", "full_name"),
      List.of("github", "event", "pull_request", "merge_commit_sha"),
      List.of("github", "head_ref"),
      List.of("github", "event", "workflow_run", "head_sha"),
      List.of("github", "event", "workflow_run", "head_branch"),
      List.of("github", "event", "workflow_run", "head_repository", "full_name"),
      List.of("github", "event", "workflow_run", "pull_requests", "*", "head", "sha"),
      List.of("github", "event", "workflow_run", "pull_requests", "*", "head", "ref"));

  private static final String PULL_REFS = "refs/pull/";

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    List<Trigger> privileged = job.workflow().triggerAnalysis().privileged();
    if (privileged.isEmpty()) {
      return;
    }
    List<Step> steps = job.steps();
    for (int i = 0; i < steps.size(); i++) {
      Optional<Span> head = pullRequestHead(steps.get(i));
      if (head.isEmpty()) {
        continue;
      }
      for (Step later : steps.subList(i + 1, steps.size())) {
        Optional<String> runs = CodeExecution.describe(later);
        if (runs.isPresent()) {
          String events = String.join(", ", privileged.stream().map(Trigger::event).toList());
          ctx.report(head.get(), "this checks out the pull request's code in a workflow run for "
                  + events + ", with the repository's secrets and token, and " + describe(later)
                  + " then runs it (" + runs.get() + "): the pull request's "
                  + "author controls that code",
              "build and test pull requests in a pull_request workflow, which gets no secrets; "
                  + "pass its results to the privileged workflow as data (an artifact read, "
                  + "never executed)");
          break;
        }
      }
    }
  }

  /** {@code step 'npm ci'}, or {@code step 3} for a step without name or id. */
  private static String describe(Step step) {
    return step.name().or(step::id).map(n -> "step '" + n + "'").orElse(step.label());
  }

  /** Where a checkout step names the pull request's head as its ref or repository. */
  private static Optional<Span> pullRequestHead(Step step) {
    Optional<ActionRef> uses = step.uses();
    if (uses.isEmpty() || !uses.get().slug().equals("actions/checkout")
        || !uses.get().path().isEmpty()) {
      return Optional.empty();
    }
    return step.withInput("ref").flatMap(UntrustedCheckout::headIn)
        .or(() -> step.withInput("repository").flatMap(UntrustedCheckout::headIn));
  }

  private static Optional<Span> headIn(YamlScalar value) {
    String text = value.value();
    for (TemplateExpression t : Templates.find(text)) {
      if (t.expr().filter(UntrustedCheckout::namesHead).isPresent()) {
        return Optional.of(value.spanOf(t.start(), t.end()));
      }
    }
    int pull = text.indexOf(PULL_REFS);
    if (pull >= 0) {
      return Optional.of(value.spanOf(pull, text.stripTrailing().length()));
    }
    return Optional.empty();
  }

  private static boolean namesHead(Expr expr) {
    for (Expr node : expr.descendants()) {
      if (node.contextPath().filter(HEAD_REFS::contains).isPresent()) {
        return true;
      }
      if (node instanceof Literal l && l.value() instanceof String s && s.contains(PULL_REFS)) {
        return true;
      }
    }
    return false;
  }
}
