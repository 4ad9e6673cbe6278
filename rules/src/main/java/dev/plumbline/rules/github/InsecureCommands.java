package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.EnvVar;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.RunScript;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Redirection;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Rule(id = "GHA008", name = "insecure-commands", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.ERROR, tags = {"security"}, securitySeverity = 7.0,
    summary = "Disabled workflow commands set-env and add-path are used or re-enabled")
public final class InsecureCommands implements GitHubRule {

  static final String ALLOW_VARIABLE = "ACTIONS_ALLOW_UNSECURE_COMMANDS";
  private static final Set<String> COMMANDS = Set.of("set-env", "add-path");

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
    for (PrintedWorkflowCommands.Printed p : PrintedWorkflowCommands.find(run, COMMANDS)) {
      String replacement = p.name().equals("set-env")
          ? "echo \"NAME=value\" >> \"$GITHUB_ENV\"" : "echo \"/some/dir\" >> \"$GITHUB_PATH\"";
      ctx.report(p.span(), "'::" + p.name() + "' is disabled on GitHub "
              + "because any text in the log could use it to inject environment variables or paths",
          "use " + replacement);
    }
    PrintedWorkflowCommands.script(run).ifPresent(script -> checkEnvFileWrites(script, ctx));
  }

  /** {@code echo "ACTIONS_ALLOW_UNSECURE_COMMANDS=true" >> "$GITHUB_ENV"}, for later steps. */
  private static void checkEnvFileWrites(Script script, RuleContext ctx) {
    if (!script.text().contains(ALLOW_VARIABLE)) {
      return;
    }
    for (Command raw : script.commands()) {
      Command c = raw.effective();
      if (!c.is("echo", "printf") || !writesEnvFile(raw)) {
        continue;
      }
      for (Word w : c.args()) {
        for (String line : w.value().split("\n|\\\\n")) {
          String assignment = line.strip();
          if (assignment.startsWith(ALLOW_VARIABLE + "=") && assignment.substring(
              ALLOW_VARIABLE.length() + 1).strip().equalsIgnoreCase("true")) {
            ctx.report(script.span(w), "writing " + ALLOW_VARIABLE + "=true to $GITHUB_ENV "
                    + "re-enables the set-env and add-path commands for the later steps of the job",
                "remove it and write to $GITHUB_ENV and $GITHUB_PATH instead");
          }
        }
      }
    }
  }

  private static boolean writesEnvFile(Command c) {
    for (Redirection r : c.redirections()) {
      if (r.redirectsStdoutToFile()
          && r.target().map(t -> t.value().contains("GITHUB_ENV")).orElse(false)) {
        return true;
      }
    }
    return false;
  }
}
