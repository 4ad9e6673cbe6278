package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Binary;
import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.Literal;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.JobGraph;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Trigger;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A production deploy job ({@link JobRoles#isProductionDeploy}) that can run without tests
 * passing. A deploy is gated when it transitively {@code needs:} a job that runs tests
 * ({@link JobRoles#isTest}; a call of a local reusable workflow that runs tests counts), or when
 * one of its own steps runs tests before its first deploy step. A test job or step with
 * {@code continue-on-error: true} gates nothing, and {@code if: always()} on the deploy runs it
 * whatever failed.
 *
 * <p>A workflow triggered by {@code workflow_run} runs after other workflows complete, whether
 * they succeeded or failed: it is gated by them when the deploy (or a job it needs) checks
 * {@code github.event.workflow_run.conclusion == 'success'} and those workflows run tests (or
 * cannot be read). Where a needed job is another repository's reusable workflow, or one that
 * cannot be read, nothing is concluded.
 */
@Rule(id = "GHA020", name = "github-deploy-not-gated-by-tests",
    platform = Platform.GITHUB_ACTIONS, severity = Severity.ERROR,
    tags = {"reliability", "deployment", "testing"},
    summary = "Production deploy can run without the tests passing")
public final class GithubDeployNotGatedByTests implements GitHubRule {

  private static final String HINT = "make the deploy wait for the tests: add the test job to "
      + "its 'needs:' (or run the tests in a job it needs)";

  /** Whether the deploy waits for passing tests. */
  private enum Gate { GATED, NOT_GATED, UNKNOWN }

  @Override
  public void visitWorkflow(Workflow workflow, RuleContext ctx) {
    for (Job job : workflow.jobs()) {
      if (JobRoles.isProductionDeploy(job)) {
        check(workflow, job, ctx);
      }
    }
  }

  private void check(Workflow workflow, Job deploy, RuleContext ctx) {
    JobGraph graph = workflow.jobGraph();
    List<Job> ancestors = new ArrayList<>(graph.ancestors(deploy));
    List<Job> chain = new ArrayList<>(ancestors);
    chain.add(deploy);
    if (chain.stream().anyMatch(j -> !graph.unknownNeeds(j).isEmpty())) {
      return; // GHA018 reports needs of unknown jobs
    }
    String job = "job '" + deploy.id() + "'";
    List<Job> failing = new ArrayList<>();
    Gate gate = testsBefore(deploy);
    for (Job ancestor : ancestors) {
      if (gate == Gate.GATED) {
        break;
      }
      if (JobRoles.isTest(ancestor)) {
        if (ContinueOnErrorTests.continueOnError(ancestor.node()).isPresent()) {
          failing.add(ancestor);
        } else {
          gate = Gate.GATED;
        }
      } else if (ancestor.isReusableWorkflowCall() && JobRoles.called(ancestor).isEmpty()) {
        gate = Gate.UNKNOWN; // another repository's workflow, or one that cannot be read
      }
    }
    if (gate == Gate.NOT_GATED && deploy.isReusableWorkflowCall()) {
      gate = JobRoles.called(deploy).map(w -> w.jobs().stream().anyMatch(JobRoles::isTest)
          ? Gate.GATED : Gate.NOT_GATED).orElse(Gate.UNKNOWN);
    }
    if (gate == Gate.UNKNOWN) {
      return;
    }
    Optional<Trigger> workflowRun = workflow.triggers().stream()
        .filter(t -> t.event().equals("workflow_run")).findFirst();
    if (gate == Gate.NOT_GATED && workflowRun.isPresent()) {
      checkWorkflowRun(workflow, deploy, chain, workflowRun.get(), ctx);
      return;
    }
    if (gate == Gate.GATED) {
      alwaysCondition(deploy).ifPresent(condition -> ctx.report(condition.span(), job
          + " deploys to production with 'if: always()': it runs even when the tests fail",
          "remove 'always()' from the condition so that a failed test stops the deploy"));
      return;
    }
    Optional<YamlNode> needs = deploy.node().get("needs").filter(n -> !n.isNull());
    Span at = needs.map(YamlNode::span).orElse(deploy.idSpan());
    List<String> tests = workflow.jobs().stream().filter(JobRoles::isTest).map(Job::id)
        .toList();
    if (!failing.isEmpty()) {
      ctx.report(at, job + " deploys to production after test jobs that continue on error: "
          + names(failing.stream().map(Job::id).toList()), "remove 'continue-on-error: true' "
          + "from the test jobs the deploy needs");
    } else if (!deploy.needs().isEmpty()) {
      ctx.report(at, job + " deploys to production after " + names(ancestors.stream()
          .map(Job::id).toList()) + " only: none of them runs tests", HINT);
    } else if (!tests.isEmpty()) {
      ctx.report(at, job + " deploys to production without needing the test jobs ("
          + names(tests) + "): it runs alongside them", HINT);
    } else {
      ctx.report(at, job + " deploys to production, but no job of this workflow runs tests "
          + "before it", "run the tests in a job of this workflow and list it in the deploy's "
          + "'needs:'; tests in another workflow do not stop this one");
    }
  }

  /** Whether a step of the job runs tests before its first deploy step. */
  private static Gate testsBefore(Job deploy) {
    for (Step step : deploy.steps()) {
      if (JobRoles.deploys(step)) {
        return Gate.NOT_GATED;
      }
      if (JobRoles.runsTests(step)
          && ContinueOnErrorTests.continueOnError(step.node()).isEmpty()) {
        return Gate.GATED;
      }
    }
    return Gate.NOT_GATED;
  }

  /**
   * A {@code workflow_run} deploy: gated by the upstream workflows when the conclusion is checked
   * and they run tests (or are not known).
   */
  private static void checkWorkflowRun(Workflow workflow, Job deploy, List<Job> chain,
      Trigger trigger, RuleContext ctx) {
    String job = "job '" + deploy.id() + "'";
    List<String> upstream = upstreamNames(trigger);
    boolean checked = chain.stream().map(j -> Expressions.ifCondition(j.node()))
        .anyMatch(c -> c.map(GithubDeployNotGatedByTests::requiresSuccess).orElse(false));
    if (!checked) {
      ctx.report(deploy.idSpan(), job + " deploys to production when " + workflows(upstream)
          + " completes, whether it succeeded or failed",
          "add \"if: github.event.workflow_run.conclusion == 'success'\" to the deploy job");
      return;
    }
    if (!workflow.repository().isKnown() || upstream.isEmpty()) {
      return;
    }
    List<Workflow> found = new ArrayList<>();
    for (String name : upstream) {
      Optional<Workflow> named = workflow.repository().workflows().stream()
          .filter(w -> w.root().string("name").map(name::equals).orElse(false)).findFirst();
      if (named.isEmpty()) {
        return; // a workflow not in the run, or named by an expression: cannot be judged
      }
      found.add(named.get());
    }
    if (found.stream().noneMatch(w -> w.jobs().stream().anyMatch(JobRoles::isTest))) {
      ctx.report(deploy.idSpan(), job + " deploys to production after " + workflows(upstream)
          + " succeeds, but " + (upstream.size() == 1 ? "it runs" : "they run") + " no tests",
          "run the tests in the workflow the deploy waits for, or in a job the deploy needs");
    }
  }

  private static List<String> upstreamNames(Trigger trigger) {
    List<String> names = new ArrayList<>();
    Optional<YamlNode> workflows = trigger.config().filter(YamlMapping.class::isInstance)
        .map(YamlMapping.class::cast).flatMap(m -> m.get("workflows"));
    if (workflows.isPresent() && workflows.get() instanceof YamlSequence seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlScalar s) {
          names.add(s.value());
        }
      }
    } else if (workflows.isPresent() && workflows.get() instanceof YamlScalar s) {
      names.add(s.value());
    }
    return names;
  }

  /** {@code github.event.workflow_run.conclusion == 'success'}, somewhere in the condition. */
  private static boolean requiresSuccess(Expr condition) {
    for (Expr e : condition.descendants()) {
      if (e instanceof Binary b && b.op() == Binary.Operator.EQ
          && (isConclusion(b.left()) && isSuccess(b.right())
              || isConclusion(b.right()) && isSuccess(b.left()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConclusion(Expr e) {
    return e.contextPath().map(p -> p.equals(List.of("github", "event", "workflow_run",
        "conclusion"))).orElse(false);
  }

  private static boolean isSuccess(Expr e) {
    return e instanceof Literal l && "success".equalsIgnoreCase(String.valueOf(l.value()));
  }

  /** The deploy job's {@code if:} when it calls {@code always()}. */
  private static Optional<YamlScalar> alwaysCondition(Job deploy) {
    return Expressions.ifCondition(deploy.node()).filter(c -> Expressions.calls(c, "always"))
        .flatMap(c -> deploy.node().scalar("if"));
  }

  private static String workflows(List<String> names) {
    return names.isEmpty() ? "the upstream workflow" : "workflow " + names(names);
  }

  private static String names(List<String> names) {
    return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
  }
}
