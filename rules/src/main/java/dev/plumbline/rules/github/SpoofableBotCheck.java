package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Binary;
import dev.plumbline.core.expr.Call;
import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.Literal;
import dev.plumbline.core.expr.Unary;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Trigger;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A condition lets a job or step run because the actor's login names a bot. The actor is whoever
 * caused the latest event, not who wrote the pull request: a fork's author can have Dependabot
 * act on their pull request (a rebase, a recreate) and so become "dependabot[bot]". Only
 * comparisons that let something run are reported: {@code github.actor != 'x[bot]'} skips the
 * bot and grants nothing.
 */
@Rule(id = "GHA017", name = "spoofable-bot-check", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"security"}, securitySeverity = 7.0,
    summary = "Condition trusts a bot by the actor's name in a privileged workflow")
public final class SpoofableBotCheck implements GitHubRule {

  /** Contexts naming whoever caused the event (or the triggering run), not the author. */
  private static final Set<List<String>> ACTORS = Set.of(
      List.of("github", "actor"),
      List.of("github", "triggering_actor"),
      List.of("github", "event", "sender", "login"),
      List.of("github", "event", "workflow_run", "actor", "login"),
      List.of("github", "event", "workflow_run", "triggering_actor", "login"));

  /** Functions that test a string or list against another. */
  private static final Set<String> MATCHERS = Set.of("contains", "startswith", "endswith");

  private String events;

  @Override
  public void visitWorkflow(Workflow workflow, RuleContext ctx) {
    List<Trigger> dangerous = workflow.triggerAnalysis().dangerous();
    events = dangerous.isEmpty() ? null
        : String.join(" and ", dangerous.stream().map(Trigger::event).toList());
  }

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    job.node().scalar("if").ifPresent(c -> check(c, ctx));
  }

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    if (step.job().isPresent()) {
      step.node().scalar("if").ifPresent(c -> check(c, ctx));
    }
  }

  private void check(YamlScalar condition, RuleContext ctx) {
    if (events == null) {
      return;
    }
    for (Expr expr : Expressions.condition(condition)) {
      visit(expr, true, condition, ctx);
    }
  }

  /** @param allows whether this node being true lets the job or step run */
  private void visit(Expr expr, boolean allows, YamlScalar condition, RuleContext ctx) {
    if (expr instanceof Unary u) {
      visit(u.operand(), !allows, condition, ctx);
    } else if (expr instanceof Binary b) {
      switch (b.op()) {
        case AND, OR -> {
          visit(b.left(), allows, condition, ctx);
          visit(b.right(), allows, condition, ctx);
        }
        case EQ, NE -> {
          boolean grants = (b.op() == Binary.Operator.EQ) == allows;
          Optional<String> actor = actor(b.left()).or(() -> actor(b.right()));
          Optional<String> bot = bot(b.left()).or(() -> bot(b.right()));
          if (grants && actor.isPresent() && bot.isPresent()) {
            report(b, actor.get(), bot.get(), condition, ctx);
          }
        }
        default -> { }
      }
    } else if (expr instanceof Call c && allows
        && MATCHERS.contains(c.name().toLowerCase(Locale.ROOT))) {
      Optional<String> actor = c.arguments().stream().map(SpoofableBotCheck::actor)
          .flatMap(Optional::stream).findFirst();
      Optional<String> bot = c.arguments().stream().flatMap(a -> a.descendants().stream())
          .map(SpoofableBotCheck::bot).flatMap(Optional::stream).findFirst();
      if (actor.isPresent() && bot.isPresent()) {
        report(c, actor.get(), bot.get(), condition, ctx);
      }
    }
  }

  private void report(Expr check, String actor, String bot, YamlScalar condition,
      RuleContext ctx) {
    ctx.report(condition.spanOf(check.start(), check.end()), "'" + actor + "' is whoever "
            + "caused the latest event, not the pull request's author: in a workflow run for "
            + events + " a fork's author can have " + bot + " act on their pull request and "
            + "pass this check",
        "check the author instead, which no one else can take on: "
            + "github.event.pull_request.user.login == '" + bot + "'");
  }

  private static Optional<String> actor(Expr expr) {
    return expr.contextPath().filter(ACTORS::contains).map(p -> String.join(".", p));
  }

  /** A string literal naming a bot account, such as {@code 'dependabot[bot]'}. */
  private static Optional<String> bot(Expr expr) {
    if (expr instanceof Literal l && l.kind() == Literal.Kind.STRING
        && l.value() instanceof String s && s.toLowerCase(Locale.ROOT).contains("[bot]")) {
      return Optional.of(s.trim());
    }
    return Optional.empty();
  }
}
