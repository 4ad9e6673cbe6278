package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * {@code apt-get install} without {@code --no-install-recommends}, unless
 * {@code APT::Install-Recommends} is turned off with {@code -o} or in apt's configuration by an
 * earlier command of the Dockerfile. A simulation ({@code -s}) or download ({@code -d}) installs
 * nothing and is not reported.
 */
@Rule(id = "DKR010", name = "apt-no-install-recommends", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"image-size"},
    summary = "apt-get install without --no-install-recommends")
public final class AptNoInstallRecommends implements RunScriptRule {

  private final PackageSettings noRecommends =
      PackageSettings.aptNoRecommends();

  @Override
  public void visitRunScript(Run run, Script script, RuleContext ctx) {
    for (PackageCommand p : PackageCommand.in(script)) {
      if (p.by(PackageManager.APT_GET) && p.is("install")
          && !p.command().hasFlag("--no-install-recommends", "--download-only")
          && !p.command().hasShortFlag('d', AptGetMissingYes.VALUE_LETTERS)
          && !AptGetMissingYes.simulates(p.command())
          && !noRecommends.inForce(script, p.command())) {
        ctx.report(script.span(p.subcommand()), "apt-get install without "
                + "--no-install-recommends also installs every package the requested ones "
                + "recommend, which can add as much again as what was asked for",
            "add --no-install-recommends and name any recommended package the image needs");
      }
    }
    noRecommends.read(script);
  }
}
