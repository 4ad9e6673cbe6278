package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.EnvVar;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.RunScript;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Rule(id = "GHA008", name = "insecure-commands", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.ERROR, tags = {"security"}, securitySeverity = 7.0,
    summary = "Disabled workflow commands set-env and add-path are used or re-enabled")
public final class InsecureCommands implements GitHubRule {

  static final String ALLOW_VARIABLE = "ACTIONS_ALLOW_UNSECURE_COMMANDS";
  private static final Pattern COMMAND = Pattern.compile("::(set-env|add-path)\\b");

  @Override
  public void visitWorkflow(Workflow workflow, RuleContext ctx) {
    checkEnv(workflow.env(), ctx);
  }

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    checkEnv(job.env(), ctx);
  }

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    checkEnv(step.env(), ctx);
    step.run().ifPresent(run -> checkScript(run, ctx));
  }

  private static void checkEnv(List<EnvVar> env, RuleContext ctx) {
    for (EnvVar var : env) {
      if (var.name().equals(ALLOW_VARIABLE) && isTrue(var)) {
        ctx.report(var.entry().span(), ALLOW_VARIABLE + " re-enables the set-env and add-path "
                + "commands, which let anything printed to the log change the environment of later steps",
            "remove it and write to $GITHUB_ENV and $GITHUB_PATH instead");
      }
    }
  }

  private static boolean isTrue(EnvVar var) {
    return var.entry().value() instanceof YamlScalar s
        && s.value().trim().toLowerCase(Locale.ROOT).equals("true");
  }

  private static void checkScript(RunScript run, RuleContext ctx) {
    Matcher m = COMMAND.matcher(run.text());
    while (m.find()) {
      String command = m.group(1);
      String replacement = command.equals("set-env")
          ? "echo \"NAME=value\" >> \"$GITHUB_ENV\"" : "echo \"/some/dir\" >> \"$GITHUB_PATH\"";
      ctx.report(run.spanOf(m.start(), m.end()), "'::" + command + "' is disabled on GitHub "
              + "because any text in the log could use it to inject environment variables or paths",
          "use " + replacement);
    }
  }
}
