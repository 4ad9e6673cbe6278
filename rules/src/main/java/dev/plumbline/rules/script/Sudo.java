package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import java.util.List;

/**
 * {@code sudo} where the script runs in a container image: a Dockerfile {@code RUN}, or a CI job
 * with a container of its own. On a CI machine (a GitHub-hosted runner) sudo is how a step gets
 * root, and it is fine there.
 */
@Rule(id = "SH007", name = "sudo", platform = Platform.SCRIPT,
    severity = Severity.WARNING, tags = {"security", "containers"}, securitySeverity = 3.0,
    summary = "sudo is used inside a container build or a containerised CI job")
public final class Sudo implements ScriptRule {

  @Override
  public void visitScript(Script script, RuleContext ctx) {
    if (!script.runsInContainer()) {
      return;
    }
    String where = script.origin() == Script.Origin.DOCKERFILE_RUN
        ? "a Dockerfile RUN runs as root unless USER says otherwise"
        : "this job runs in a container, as the image's user (root for most images)";
    // one finding per script: the fix is the same for every sudo in it
    List<Command> sudos = script.commands().stream().filter(c -> c.program().equals("sudo"))
        .toList();
    if (sudos.isEmpty()) {
      return;
    }
    String more = sudos.size() > 1 ? " (and " + (sudos.size() - 1) + " more time"
        + (sudos.size() > 2 ? "s" : "") + " in this script)" : "";
    ctx.report(script.span(sudos.get(0).nameWord().orElseThrow()), "sudo is not needed here"
            + more + ": " + where + "; most images do not have sudo, and where they do it "
            + "leaves a setuid tool and its TTY and signal handling in the way",
        script.origin() == Script.Origin.DOCKERFILE_RUN
            ? "drop sudo and run the command as root before USER; to drop privileges at "
                + "run time use gosu or su-exec"
            : "drop sudo, or set the container's user with options: --user");
  }
}
