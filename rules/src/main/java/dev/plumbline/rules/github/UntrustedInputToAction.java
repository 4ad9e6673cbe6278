package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.EnvVar;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Untrusted text in a {@code with:} input that the action runs as code. The actions are listed
 * with the inputs they run; a local composite action ({@code uses: ./path}) is read to find the
 * inputs its own {@code run:} steps expand with {@code ${{ inputs.NAME }}}.
 * {@code actions/github-script}'s {@code script} is script-injection's (GHA004).
 */
@Rule(id = "GHA030", name = "untrusted-input-to-action", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"security", "injection"}, securitySeverity = 7.0,
    summary = "Attacker-controlled text is passed to an action input that runs as code")
public final class UntrustedInputToAction implements GitHubRule {

  /** Action slug to the input it runs and in what. */
  private static final Map<String, Map<String, String>> CODE_INPUTS = new LinkedHashMap<>();

  static {
    // runs inlineScript with bash inside the Azure CLI container
    CODE_INPUTS.put("azure/cli", Map.of("inlinescript", "a shell script"));
    // runs inlineScript with PowerShell
    CODE_INPUTS.put("azure/powershell", Map.of("inlinescript", "a PowerShell script"));
    // runs script on the remote host over SSH
    CODE_INPUTS.put("appleboy/ssh-action", Map.of("script", "a shell script on the remote host"));
    // runs command (and on_retry_command) in a shell, retrying on failure
    CODE_INPUTS.put("nick-fields/retry", Map.of("command", "a shell command",
        "on_retry_command", "a shell command"));
    // runs command in a shell, retrying on failure
    CODE_INPUTS.put("wandalen/wretry.action", Map.of("command", "a shell command"));
    // runs run in a shell and captures its output
    CODE_INPUTS.put("mathiasvr/command-output", Map.of("run", "a shell script"));
    // runs run with sh inside the given image
    CODE_INPUTS.put("addnab/docker-run-action", Map.of("run", "a shell script in a container"));
    // runs script with Python
    CODE_INPUTS.put("jannekem/run-python-script-action", Map.of("script", "a Python script"));
  }

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    Optional<ActionRef> uses = step.uses();
    if (uses.isEmpty()) {
      return;
    }
    ActionRef ref = uses.get();
    Map<String, String> inputs = ref.kind() == ActionRef.Kind.LOCAL
        ? localCodeInputs(step, ref)
        : ref.path().isEmpty() ? CODE_INPUTS.getOrDefault(ref.slug(), Map.of()) : Map.of();
    if (inputs.isEmpty()) {
      return;
    }
    for (EnvVar input : step.with()) {
      String runsAs = inputs.get(input.name().toLowerCase(Locale.ROOT));
      if (runsAs != null && input.entry().value() instanceof YamlScalar value) {
        check(ref, input.name(), runsAs, value, ctx);
      }
    }
  }

  private static void check(ActionRef ref, String input, String runsAs, YamlScalar value,
      RuleContext ctx) {
    for (TemplateExpression t : Templates.find(value.value())) {
      Optional<UntrustedContexts.Use> use = t.expr()
          .flatMap(e -> UntrustedContexts.reachingValue(e).stream().findFirst());
      if (use.isPresent()) {
        ctx.report(value.spanOf(t.start(), t.end()), "'" + use.get().path() + "' ("
                + use.get().description() + ") is chosen by whoever triggers the workflow, and "
                + ref.name() + " runs its input '" + input + "' as " + runsAs
                + ": the text can inject code",
            "pass it through an environment variable of the step (env: VALUE: ${{ "
                + use.get().path() + " }}) and read the variable in the code");
      }
    }
  }

  /** Inputs of a local composite action that its run: steps expand, read from the action. */
  private static Map<String, String> localCodeInputs(Step step, ActionRef ref) {
    if (!ref.raw().startsWith("./")) {
      return Map.of();
    }
    Optional<ActionMetadata> action = step.job()
        .flatMap(j -> j.workflow().repository().localAction(ref.raw()))
        .or(() -> step.action().flatMap(a -> a.repository().localAction(ref.raw())));
    Map<String, String> inputs = new LinkedHashMap<>();
    action.ifPresent(a -> {
      for (Step inner : a.steps()) {
        inner.run().ifPresent(run -> {
          for (TemplateExpression t : Templates.find(run.text())) {
            t.expr().ifPresent(e -> inputsIn(e).forEach(name ->
                inputs.putIfAbsent(name, "part of the shell script of its step '"
                    + inner.label() + "'")));
          }
        });
      }
    });
    return inputs;
  }

  /** {@code inputs.NAME} as the whole expression (a comparison of it yields a boolean). */
  private static List<String> inputsIn(Expr expr) {
    return expr.contextPath().filter(p -> p.size() == 2 && p.get(0).equals("inputs"))
        .map(p -> List.of(p.get(1))).orElse(List.of());
  }
}
