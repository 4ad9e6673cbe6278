package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Trigger;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Only the {@code self-hosted} label is judged: a runner {@code group:} alone may hold GitHub's
 * larger hosted runners, and a label from an expression is not known.
 */
@Rule(id = "GHA013", name = "self-hosted-runner-on-public-trigger",
    platform = Platform.GITHUB_ACTIONS, severity = Severity.WARNING, tags = {"security"},
    securitySeverity = 7.0,
    summary = "Self-hosted runner runs a job that people without write access can start")
public final class SelfHostedRunnerOnPublicTrigger implements GitHubRule {

  /**
   * Contexts whose use in a job's {@code if:} shows it tells forks and outsiders apart (the
   * pull request's head repository, the author's association), so it is not judged here.
   */
  private static final Set<List<String>> GUARDS = Set.of(
      List.of("github", "event", "pull_request", "head", "repo", "full_name"),
      List.of("github", "event", "pull_request", "head", "repo", "fork"),
      List.of("github", "event", "pull_request", "head", "repo", "owner", "login"),
      List.of("github", "event", "pull_request", "author_association"),
      List.of("github", "event", "comment", "author_association"),
      List.of("github", "event", "issue", "author_association"),
      List.of("github", "event", "review", "author_association"));

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    List<Trigger> reachable = job.workflow().triggerAnalysis().forkReachable();
    if (reachable.isEmpty() || job.runsOn().isEmpty() || isGuarded(job)) {
      return;
    }
    String events = String.join(", ", reachable.stream().map(Trigger::event).toList());
    for (YamlScalar label : labels(job.runsOn().get())) {
      if (label.value().trim().toLowerCase(Locale.ROOT).equals("self-hosted")) {
        ctx.report(label.span(), "job '" + job.id() + "' runs on a self-hosted runner, and the "
                + "workflow runs for " + events + ", which people without write access can "
                + "cause; what they bring can compromise the machine and every later job on it",
            "run jobs for outside events on GitHub-hosted (or ephemeral, isolated) runners, or "
                + "skip them for forks: if: github.event.pull_request.head.repo.full_name == "
                + "github.repository");
      }
    }
  }

  private static boolean isGuarded(Job job) {
    Optional<YamlScalar> condition = job.node().scalar("if");
    if (condition.isEmpty()) {
      return false;
    }
    for (Expr expr : Expressions.condition(condition.get())) {
      for (Expr node : expr.descendants()) {
        if (node.contextPath().filter(GUARDS::contains).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The label scalars of {@code runs-on}: a string, a list, or a mapping's {@code labels}. */
  private static List<YamlScalar> labels(YamlNode runsOn) {
    List<YamlScalar> labels = new ArrayList<>();
    if (runsOn instanceof YamlScalar s) {
      labels.add(s);
    } else if (runsOn instanceof YamlSequence seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlScalar s) {
          labels.add(s);
        }
      }
    } else if (runsOn instanceof YamlMapping m) {
      m.get("labels").ifPresent(l -> labels.addAll(labels(l)));
    }
    return labels;
  }
}
