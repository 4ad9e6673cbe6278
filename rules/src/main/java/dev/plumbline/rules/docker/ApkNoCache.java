package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * {@code apk add} without {@code --no-cache}, when the RUN neither deletes
 * {@code /var/cache/apk} afterwards nor mounts a cache or tmpfs there (or at apk's cache link
 * {@code /etc/apk/cache}), in a stage that ships.
 * {@code --no-network} installs from what is already local and downloads no index.
 */
@Rule(id = "DKR015", name = "apk-no-cache", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"image-size"},
    summary = "apk add without --no-cache leaves the package index in the layer")
public final class ApkNoCache implements RunScriptRule {

  private static final String CACHE = "/var/cache/apk";

  @Override
  public void visitRunScript(Run run, Script script, RuleContext ctx) {
    if (!ShippedStages.ships(run)) {
      return;
    }
    for (PackageCommand p : PackageCommand.in(script)) {
      if (!p.by(PackageManager.APK) || !p.is("add")
          || p.command().hasFlag("--no-cache", "--no-network")
          || PackageCaches.keptOut(run, script, PackageManager.Family.APK, p.start())) {
        continue;
      }
      ctx.report(script.span(p.subcommand()), "apk add without --no-cache downloads the "
              + "package index to " + CACHE + " and leaves it in the image layer",
          "use apk add --no-cache, which also makes a separate apk update unnecessary");
    }
  }
}
