package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.EnvVar;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.JobGraph;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Jobs that do not fit together: {@code needs:} naming no job or going round in a cycle, job ids
 * that clash ignoring case, outputs and expressions reading steps or jobs that are not there,
 * and calls of local reusable workflows and actions passing inputs and secrets they do not
 * declare, or leaving out required ones.
 */
@Rule(id = "GHA018", name = "invalid-job-graph", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.ERROR, tags = {"correctness"},
    summary = "Jobs, steps, inputs or secrets referred to that do not exist or do not fit")
public final class InvalidJobGraph implements GitHubRule {

  @Override
  public void visitWorkflow(Workflow workflow, RuleContext ctx) {
    JobGraph graph = workflow.jobGraph();
    List<String> ids = workflow.jobs().stream().map(Job::id).toList();
    Map<String, Job> seen = new HashMap<>();
    for (Job job : workflow.jobs()) {
      Job first = seen.putIfAbsent(lower(job.id()), job);
      if (first != null && !first.id().equals(job.id())) {
        ctx.report(job.idSpan(), "job id '" + job.id() + "' is the same as '" + first.id()
                + "' ignoring case; GitHub compares job ids ignoring case and rejects the workflow",
            "rename one of the two jobs");
      }
      for (YamlScalar need : graph.unknownNeeds(job)) {
        List<String> others = ids.stream().filter(id -> !id.equals(job.id())).toList();
        ctx.report(need.span(), "job '" + job.id() + "' needs '" + need.value()
            + "', which is not a job of this workflow" + Suggestions.didYouMean(need.value(), others));
      }
    }
    for (List<Job> cycle : graph.cycles()) {
      reportCycle(cycle, ctx);
    }
    for (Job job : workflow.jobs()) {
      checkOutputs(job, ctx);
      checkNeedsContext(job, graph, ids, ctx);
      checkWorkflowCall(job, ctx);
    }
  }

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    Optional<ActionRef> ref = step.uses().filter(r -> r.kind() == ActionRef.Kind.LOCAL);
    if (ref.isEmpty()) {
      return;
    }
    Optional<ActionMetadata> action = step.job().map(j -> j.workflow().repository())
        .or(() -> step.action().map(ActionMetadata::repository))
        .flatMap(repo -> repo.localAction(ref.get().raw()));
    if (action.isEmpty()) {
      return; // not found, or the repository is unknown: nothing to compare with
    }
    List<Declarations.Declared> inputs = Declarations.actionInputs(action.get());
    boolean docker = action.get().runs().flatMap(r -> r.string("using"))
        .map(u -> u.equalsIgnoreCase("docker")).orElse(false);
    for (EnvVar given : step.with()) {
      if (docker && Set.of("args", "entrypoint").contains(given.name())) {
        continue; // a container action's with: can override these
      }
      if (Declarations.find(inputs, given.name()).isEmpty()) {
        ctx.report(given.entry().keySpan(), "action '" + ref.get().raw() + "' declares no input '"
            + given.name() + "'" + declaredList(inputs)
            + Suggestions.didYouMean(given.name(), Declarations.names(inputs)));
      }
    }
    for (Declarations.Declared input : inputs) {
      if (input.required() && step.with().stream().noneMatch(w -> input.matches(w.name()))) {
        ctx.report(step.anchorSpan(), "step '" + step.label() + "' does not pass input '"
                + input.name() + "', which action '" + ref.get().raw()
                + "' requires and gives no default",
            "add it under 'with:'");
      }
    }
  }

  @Override
  public void visitAction(ActionMetadata action, RuleContext ctx) {
    Set<String> stepIds = stepIds(action.steps());
    if (stepIds == null || action.steps().isEmpty()) {
      return;
    }
    action.root().mapping("outputs").ifPresent(outputs -> {
      for (YamlMapping.Entry output : outputs.entries()) {
        if (output.value() instanceof YamlMapping o) {
          o.get("value").ifPresent(v -> checkStepReferences(v, output.keyText(), "the action",
              stepIds, ctx));
        }
      }
    });
  }

  private static void reportCycle(List<Job> cycle, RuleContext ctx) {
    Job first = cycle.get(0);
    Job next = cycle.size() > 1 ? cycle.get(1) : first;
    String path = cycle.stream().map(Job::id).collect(Collectors.joining(" -> "))
        + " -> " + first.id();
    YamlScalar need = first.needs().stream()
        .filter(n -> lower(n.value()).equals(lower(next.id()))).findFirst().orElseThrow();
    ctx.report(need.span(), "'needs' goes round in a cycle: " + path
        + "; none of these jobs can ever start, and GitHub rejects the workflow",
        "remove one of the needs so the jobs run in an order");
  }

  /** {@code outputs: {x: ${{ steps.foo.outputs.bar }}}} where the job has no step foo. */
  private static void checkOutputs(Job job, RuleContext ctx) {
    if (job.isReusableWorkflowCall()) {
      return;
    }
    Set<String> stepIds = stepIds(job.steps());
    if (stepIds == null) {
      return;
    }
    job.node().mapping("outputs").ifPresent(outputs -> {
      for (YamlMapping.Entry output : outputs.entries()) {
        checkStepReferences(output.value(), output.keyText(), "job '" + job.id() + "'", stepIds,
            ctx);
      }
    });
  }

  private static void checkStepReferences(YamlNode value, String output, String owner,
      Set<String> stepIds, RuleContext ctx) {
    for (Expressions.Found found : Expressions.under(value, List.of())) {
      found.expr().descendants().forEach(node -> Expressions.member(node, "steps")
          .filter(id -> !stepIds.contains(id)).ifPresent(id -> ctx.report(
              found.scalar().spanOf(node.start(), node.end()),
              "output '" + output + "' reads 'steps." + id + "', but " + owner
                  + " has no step with id '" + id + "'"
                  + Suggestions.didYouMean(id, stepIds))));
    }
  }

  /** The lower-cased step ids; null when one is computed, so that any id may exist. */
  private static Set<String> stepIds(List<Step> steps) {
    Set<String> ids = new TreeSet<>();
    for (Step step : steps) {
      Optional<String> id = step.id();
      if (id.isPresent() && id.get().contains("${{")) {
        return null;
      }
      id.ifPresent(i -> ids.add(lower(i)));
    }
    return ids;
  }

  /** {@code needs.X} where the job does not need X: the context holds only direct needs. */
  private static void checkNeedsContext(Job job, JobGraph graph, List<String> ids,
      RuleContext ctx) {
    Set<String> needed = job.needs().stream().map(n -> lower(n.value()))
        .collect(Collectors.toSet());
    List<YamlMapping> conditions = new ArrayList<>();
    conditions.add(job.node());
    job.steps().forEach(s -> conditions.add(s.node()));
    for (Expressions.Found found : Expressions.under(job.node(), conditions)) {
      found.expr().descendants().forEach(node -> Expressions.member(node, "needs")
          .filter(id -> !needed.contains(id)).ifPresent(id -> {
            Optional<Job> target = graph.job(id);
            String message = target.isPresent()
                ? "'needs." + id + "' is empty here: job '" + job.id() + "' does not need '"
                    + target.get().id() + "', and the needs context holds only the jobs "
                    + "listed in 'needs:'"
                : "'needs." + id + "' names no job of this workflow"
                    + Suggestions.didYouMean(id, ids);
            ctx.report(found.scalar().spanOf(node.start(), node.end()), message,
                target.isPresent() ? "add '" + target.get().id() + "' to 'needs:' of job '"
                    + job.id() + "'" : null);
          }));
    }
  }

  /** A call of a local reusable workflow: the inputs and secrets it declares. */
  private static void checkWorkflowCall(Job job, RuleContext ctx) {
    Optional<ActionRef> ref = job.uses().filter(r -> r.kind() == ActionRef.Kind.LOCAL);
    Optional<Workflow> called = ref
        .flatMap(r -> job.workflow().repository().localWorkflow(r.raw()));
    if (called.isEmpty()) {
      return;
    }
    String name = ref.get().raw();
    if (Declarations.workflowCall(called.get()).isEmpty()) {
      ctx.report(ref.get().span(), "'" + name + "' cannot be called from a job: it has no "
          + "'workflow_call' trigger", "add 'workflow_call:' to its 'on:'");
      return;
    }
    List<Declarations.Declared> inputs = Declarations.workflowInputs(called.get());
    for (EnvVar given : job.with()) {
      if (Declarations.find(inputs, given.name()).isEmpty()) {
        ctx.report(given.entry().keySpan(), "'" + name + "' declares no input '" + given.name()
            + "'" + declaredList(inputs)
            + Suggestions.didYouMean(given.name(), Declarations.names(inputs)));
      }
    }
    for (Declarations.Declared input : inputs) {
      if (input.required() && job.with().stream().noneMatch(w -> input.matches(w.name()))) {
        ctx.report(job.idSpan(), "job '" + job.id() + "' does not pass input '" + input.name()
            + "', which '" + name + "' requires and gives no default", "add it under 'with:'");
      }
    }
    List<Declarations.Declared> secrets = Declarations.workflowSecrets(called.get());
    Optional<YamlNode> passed = job.node().get("secrets");
    if (passed.filter(p -> p instanceof YamlScalar s && s.value().equals("inherit")).isPresent()) {
      return; // every secret is passed
    }
    List<YamlMapping.Entry> given = passed.filter(p -> p instanceof YamlMapping)
        .map(p -> ((YamlMapping) p).entries()).orElse(List.of());
    for (YamlMapping.Entry secret : given) {
      if (Declarations.find(secrets, secret.keyText()).isEmpty()) {
        ctx.report(secret.keySpan(), "'" + name + "' declares no secret '" + secret.keyText()
            + "'" + declaredList(secrets)
            + Suggestions.didYouMean(secret.keyText(), Declarations.names(secrets)));
      }
    }
    for (Declarations.Declared secret : secrets) {
      if (secret.required() && given.stream().noneMatch(g -> secret.matches(g.keyText()))) {
        ctx.report(job.idSpan(), "job '" + job.id() + "' does not pass secret '" + secret.name()
            + "', which '" + name + "' requires", "add it under 'secrets:'");
      }
    }
  }

  private static String declaredList(List<Declarations.Declared> declared) {
    return declared.isEmpty() ? " (it declares none)"
        : " (it declares " + String.join(", ", Declarations.names(declared)) + ")";
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
