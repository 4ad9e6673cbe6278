package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;

/**
 * {@code apt-get install} (or another subcommand that asks before it changes packages) without
 * {@code -y}. A quiet level of 2 ({@code -qq}, {@code -q=2}) implies {@code -y}, and so does
 * {@code APT::Get::Assume-Yes} set with {@code -o} or in apt's configuration by an earlier
 * command. {@code DEBIAN_FRONTEND=noninteractive} only silences debconf, not this question.
 */
@Rule(id = "DKR009", name = "apt-get-missing-yes", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"correctness", "reproducibility"},
    summary = "apt-get install without -y, which fails at its confirmation question")
public final class AptGetMissingYes implements RunScriptRule {

  /** apt-get's short options that take a value, which ends a cluster such as {@code -qyo}. */
  static final String VALUE_LETTERS = "octa";

  private final PackageSettings assumeYes = PackageSettings.aptAssumeYes();

  @Override
  public void visitRunScript(Run run, Script script, RuleContext ctx) {
    for (PackageCommand p : PackageCommand.in(script)) {
      if (p.by(PackageManager.APT_GET) && p.is("install", "reinstall", "remove", "purge",
          "autoremove", "autopurge", "upgrade", "dist-upgrade", "full-upgrade", "build-dep",
          "satisfy") && !assumesYes(p.command()) && !simulates(p.command())
          && !p.answeredThroughPipe() && !assumeYes.inForce(script, p.command())) {
        String when = p.is("install", "reinstall", "build-dep", "satisfy")
            ? "whenever it needs more packages than it was given"
            : "before it changes the installed packages";
        ctx.report(script.span(p.subcommand()), p.label() + " has no -y: " + when + " it asks "
                + "'Do you want to continue?', and as nobody can answer during a build, the RUN "
                + "fails",
            "add -y: apt-get " + p.action() + " -y ...");
      }
    }
    assumeYes.read(script);
  }

  /** {@code -s}, {@code --simulate} and the like: nothing is changed, nothing is asked. */
  static boolean simulates(Command c) {
    return c.hasFlag("--simulate", "--just-print", "--dry-run", "--recon", "--no-act")
        || c.hasShortFlag('s', VALUE_LETTERS);
  }

  /** Whether the command line answers yes: -y, --yes, --assume-yes or quiet level 2. */
  static boolean assumesYes(Command c) {
    if (c.hasFlag("--yes", "--assume-yes") || c.hasShortFlag('y', VALUE_LETTERS)) {
      return true;
    }
    int quiet = 0;
    for (Word w : c.args()) {
      String v = w.value();
      if (v.equals("--")) {
        break;
      }
      if (v.matches("-(q|-quiet)=[0-9]{1,3}")) {
        quiet = Integer.parseInt(v.substring(v.indexOf('=') + 1));
      } else if (v.equals("--quiet")) {
        quiet++;
      } else if (v.matches("-[a-zA-Z]+")) {
        for (int i = 1; i < v.length() && VALUE_LETTERS.indexOf(v.charAt(i)) < 0; i++) {
          quiet += v.charAt(i) == 'q' ? 1 : 0;
        }
      }
    }
    return quiet >= 2;
  }
}
