package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * {@code apt-get upgrade}, {@code dist-upgrade} and {@code full-upgrade} of the whole system; an
 * upgrade of named packages ({@code apt-get upgrade -y openssl}) is a targeted fix and is not
 * reported.
 */
@Rule(id = "DKR032", name = "apt-upgrade", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"reproducibility"},
    summary = "apt-get upgrade or dist-upgrade makes the image differ from build to build")
public final class AptUpgrade implements RunScriptRule {

  @Override
  public void visitRunScript(Run run, Script script, RuleContext ctx) {
    for (PackageCommand p : PackageCommand.in(script)) {
      if (p.by(PackageManager.APT_GET) && p.is("upgrade", "dist-upgrade", "full-upgrade")
          && p.operands().isEmpty()) {
        ctx.report(script.span(p.subcommand()), p.label() + " upgrades every package of the "
                + "base image to whatever the mirror has on the day of the build, so two builds "
                + "of the same Dockerfile differ and the base image's tested set is lost",
            "build on a newer base image tag (and rebuild regularly) instead; to update one "
                + "package, apt-get install -y --only-upgrade <package>");
      }
    }
  }
}
