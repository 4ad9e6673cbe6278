package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Permissions;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Trigger;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import dev.plumbline.core.yaml.schema.ShapeValidator;
import dev.plumbline.core.yaml.schema.Violation;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Locale;

/**
 * Files GitHub would reject or misread. YAML syntax errors and duplicate keys are reported under
 * this rule by the engine; this class checks the structure and the {@code ${{ }}} syntax.
 */
@Rule(id = "GHA000", name = "invalid-workflow", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.ERROR, tags = {"correctness"},
    summary = "Workflow or action file that GitHub would reject or misread")
public final class InvalidWorkflow implements GitHubRule {

  private static final Set<String> PERMISSION_LEVELS = Set.of("read", "write", "none");
  private static final List<String> RUNTIMES =
      List.of("composite", "docker", "node12", "node16", "node20", "node24");
  private static final Pattern REPOSITORY_REF =
      Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[^@\\s]*)?(@\\S*)?");

  @Override
  public void visitWorkflow(Workflow workflow, RuleContext ctx) {
    YamlMapping root = workflow.root();
    report(ShapeValidator.validate(root, WorkflowSchema.WORKFLOW, "the workflow",
        Span.at(root.span().start())), ctx);
    root.get("on").ifPresent(on -> checkTriggers(workflow, on, ctx));
    workflow.permissions().ifPresent(p -> checkPermissions(p, ctx));
    ExpressionSyntax.check(root, ctx);
  }

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    job.permissions().ifPresent(p -> checkPermissions(p, ctx));
    checkCondition(job.node(), ctx);
    if (job.isReusableWorkflowCall()) {
      for (YamlMapping.Entry e : job.node().entries()) {
        if (WorkflowSchema.JOB.keys().containsKey(e.keyText())
            && !WorkflowSchema.REUSABLE_CALL_KEYS.contains(e.keyText())) {
          ctx.report(e.keySpan(), "'" + e.keyText() + "' cannot be used in a job that calls a "
              + "reusable workflow (uses:)");
        }
      }
      job.uses().ifPresent(ref -> checkRef(ref, ctx));
      job.node().scalar("secrets").filter(v -> !v.isNull() && !v.value().equals("inherit"))
          .ifPresent(v -> ctx.report(v.span(), "'secrets' must be 'inherit' or a mapping of "
              + "secret names to values, not '" + v.value() + "'"));
      return;
    }
    for (String key : List.of("with", "secrets")) {
      job.node().entry(key).ifPresent(e -> ctx.report(e.keySpan(), "'" + key + "' is only for "
          + "jobs that call a reusable workflow with 'uses:'"));
    }
    if (job.runsOn().filter(n -> !n.isNull()).isEmpty()) {
      ctx.report(job.idSpan(), "job '" + job.id() + "' has no 'runs-on': GitHub cannot pick a runner",
          "add e.g. 'runs-on: ubuntu-latest'");
    }
    if (job.node().get("steps").filter(n -> !n.isNull()).isEmpty()) {
      ctx.report(job.idSpan(), "job '" + job.id() + "' has no 'steps'");
    }
  }

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    checkCondition(step.node(), ctx);
    boolean uses = step.node().has("uses");
    boolean run = step.node().has("run");
    if (uses && run) {
      ctx.report(step.node().entry("run").orElseThrow().keySpan(),
          "a step runs either an action ('uses') or a script ('run'), not both");
    } else if (!uses && !run) {
      ctx.report(step.anchorSpan(), "step '" + step.label() + "' has neither 'uses' nor 'run'");
    }
    if (run && step.action().isPresent() && step.shell().isEmpty()) {
      ctx.report(step.node().entry("run").orElseThrow().keySpan(),
          "a 'run' step of a composite action needs 'shell:' (there is no default)",
          "add e.g. 'shell: bash'");
    }
    step.uses().ifPresent(ref -> checkRef(ref, ctx));
  }

  @Override
  public void visitAction(ActionMetadata action, RuleContext ctx) {
    YamlMapping root = action.root();
    report(ShapeValidator.validate(root, WorkflowSchema.ACTION, "the action",
        Span.at(root.span().start())), ctx);
    action.runs().ifPresent(runs -> runs.scalar("using").filter(s -> !s.isNull()).ifPresent(using -> {
      String runtime = using.value();
      if (!RUNTIMES.contains(runtime.toLowerCase(Locale.ROOT))) {
        ctx.report(using.span(), "unknown action runtime '" + runtime + "'; expected one of "
            + String.join(", ", RUNTIMES) + Suggestions.didYouMean(runtime, RUNTIMES));
        return;
      }
      String needed = runtime.equals("composite") ? "steps"
          : runtime.equals("docker") ? "image" : "main";
      if (runs.get(needed).filter(n -> !n.isNull()).isEmpty()) {
        ctx.report(runs.entry("using").orElseThrow().keySpan(), "a '" + runtime
            + "' action needs 'runs." + needed + "'");
      }
    }));
    ExpressionSyntax.check(root, ctx);
  }

  private static void checkTriggers(Workflow workflow, YamlNode on, RuleContext ctx) {
    if (on.isNull()) {
      return; // reported as missing by the schema
    }
    for (Trigger trigger : workflow.triggers()) {
      if (!WorkflowSchema.EVENTS.contains(trigger.event())) {
        ctx.report(trigger.span(), "unknown event '" + trigger.event() + "'"
            + Suggestions.didYouMean(trigger.event(), WorkflowSchema.EVENTS));
      } else if (trigger.config().isPresent()) {
        report(ShapeValidator.validate(trigger.config().get(),
            WorkflowSchema.eventConfig(trigger.event()), "event '" + trigger.event() + "'",
            trigger.span()), ctx);
        checkInputTypes(trigger, ctx);
      }
    }
    if (on instanceof YamlSequence seq) {
      seq.items().stream().filter(i -> !(i instanceof YamlScalar)).forEach(i ->
          ctx.report(i.span(), "'on' lists event names; use a mapping to configure events"));
    }
  }

  /** {@code type:} of workflow_call and workflow_dispatch inputs. */
  private static void checkInputTypes(Trigger trigger, RuleContext ctx) {
    List<String> types = trigger.event().equals("workflow_call")
        ? WorkflowSchema.CALL_INPUT_TYPES
        : trigger.event().equals("workflow_dispatch") ? WorkflowSchema.DISPATCH_INPUT_TYPES : null;
    if (types == null || !(trigger.config().get() instanceof YamlMapping config)) {
      return;
    }
    config.mapping("inputs").ifPresent(inputs -> {
      for (YamlMapping.Entry input : inputs.entries()) {
        if (input.value() instanceof YamlMapping settings) {
          settings.scalar("type").filter(t -> !t.isNull() && !types.contains(t.value()))
              .ifPresent(t -> ctx.report(t.span(), "input '" + input.keyText() + "' of "
                  + trigger.event() + " has unknown type '" + t.value() + "'; expected one of "
                  + String.join(", ", types) + Suggestions.didYouMean(t.value(), types)));
        }
      }
    });
  }

  /** An {@code if:} without {@code ${{ }}} is an expression too. */
  private static void checkCondition(YamlMapping owner, RuleContext ctx) {
    owner.scalar("if").filter(s -> !s.isNull() && !s.value().isBlank()
        && !s.value().contains("${{")).ifPresent(s -> ExpressionSyntax.checkBare(s, ctx));
  }

  private static void checkPermissions(Permissions permissions, RuleContext ctx) {
    YamlNode node = permissions.node();
    if (node instanceof YamlScalar s) {
      if (!s.value().equals("read-all") && !s.value().equals("write-all") && !s.isNull()) {
        ctx.report(s.span(), "'permissions' must be read-all, write-all or a mapping of scopes, not '"
            + s.value() + "'");
      }
      return;
    }
    if (!(node instanceof YamlMapping)) {
      ctx.report(node.span(), "'permissions' must be read-all, write-all or a mapping of scopes");
      return;
    }
    for (Permissions.Scope scope : permissions.scopes()) {
      if (!WorkflowSchema.PERMISSION_SCOPES.contains(scope.name())) {
        ctx.report(scope.entry().keySpan(), "unknown permission scope '" + scope.name() + "'"
            + Suggestions.didYouMean(scope.name(), WorkflowSchema.PERMISSION_SCOPES));
      } else if (!PERMISSION_LEVELS.contains(scope.level())) {
        ctx.report(scope.entry().valueSpan(), "permission '" + scope.name()
            + "' must be read, write or none, not '" + scope.level() + "'");
      }
    }
  }

  private static void checkRef(ActionRef ref, RuleContext ctx) {
    boolean valid = switch (ref.kind()) {
      case LOCAL -> ref.path().length() > 2 && !(ref.path().startsWith("$/") && ref.path().contains("@"));
      case DOCKER -> !ref.path().isBlank();
      case REPOSITORY -> REPOSITORY_REF.matcher(ref.raw()).matches();
    };
    if (!valid) {
      ctx.report(ref.span(), "'" + ref.raw() + "' is not a valid reference: expected "
          + "owner/repo[/path]@ref, ./local/path, $/path (without a ref) or docker://image");
    }
  }

  private static void report(List<Violation> violations, RuleContext ctx) {
    for (Violation v : violations) {
      ctx.report(v.span(), v.message());
    }
  }
}
