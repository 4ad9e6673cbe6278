package dev.plumbline.rules.github;

import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

@Rule(id = "GHA004", name = "script-injection", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.ERROR, tags = {"security", "injection"}, securitySeverity = 9.0,
    summary = "Attacker-controlled text is expanded into a script")
public final class ScriptInjection implements GitHubRule {

  private static final String GITHUB_SCRIPT = "actions/github-script";

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    step.run().ifPresent(run -> check(run.node(), "shell script", ctx,
        (template, variable) -> EnvVariableFix.of(step, run, template, variable, ctx.file())));
    step.uses().filter(ref -> ref.slug().equals(GITHUB_SCRIPT) && ref.path().isEmpty())
        .flatMap(ref -> step.withInput("script"))
        .ifPresent(script -> check(script, "github-script JavaScript", ctx,
            (template, variable) -> Optional.empty()));
  }

  private static void check(YamlScalar script, String language, RuleContext ctx,
      BiFunction<TemplateExpression, String, Optional<Fix>> fixes) {
    for (TemplateExpression template : Templates.find(script.value())) {
      template.expr().ifPresent(expr -> {
        for (UntrustedContexts.Use use : UntrustedContexts.reachingValue(expr)) {
          String variable = variableName(use.path());
          ctx.report(script.spanOf(template.start(), template.end()),
              "'" + use.path() + "' (" + use.description() + ") is chosen by whoever triggers the "
                  + "workflow, and ${{ }} pastes it into the " + language
                  + " before it runs: it can inject commands",
              "pass it through an environment variable: env: " + variable + ": ${{ "
                  + use.path() + " }}, then use \"$" + variable + "\""
                  + (language.startsWith("github-script") ? " (process.env." + variable + ")" : ""),
              fixes.apply(template, variable).map(List::of).orElse(List.of()));
          return; // one finding per expression
        }
      });
    }
  }

  /** {@code github.event.issue.title} gives {@code ISSUE_TITLE}. */
  private static String variableName(String path) {
    String[] parts = path.replace("*", "").split("\\.");
    String last = parts[parts.length - 1];
    String before = parts.length > 1 ? parts[parts.length - 2] : "";
    String name = (before.equals("event") || before.equals("github") || before.isEmpty()
        ? last : before + "_" + last);
    return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }
}
