package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * A RUN that installs with apt-get, apt or aptitude and does not delete
 * {@code /var/lib/apt/lists} afterwards. Not reported when the lists are on a cache or tmpfs
 * mount, nor in a builder stage that is thrown away; a RUN that only runs {@code apt-get update}
 * is package-update-alone's.
 */
@Rule(id = "DKR011", name = "apt-lists-not-removed", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"image-size"},
    summary = "apt package lists are left in the layer after an install")
public final class AptListsNotRemoved implements RunScriptRule {

  static final String LISTS = "/var/lib/apt/lists";

  @Override
  public void visitRunScript(Run run, Script script, RuleContext ctx) {
    if (!ShippedStages.ships(run)) {
      return;
    }
    PackageCommand last = null;
    for (PackageCommand p : PackageCommand.in(script)) {
      if (p.family() == PackageManager.Family.APT && p.is("install", "reinstall", "upgrade", "dist-upgrade", "full-upgrade", "safe-upgrade",
          "build-dep", "satisfy")) {
        last = p;
      }
    }
    if (last == null
        || PackageCaches.keptOut(run, script, PackageManager.Family.APT, last.start())) {
      return;
    }
    ctx.report(script.span(last.subcommand()), "the package lists in " + LISTS + " are not "
            + "removed after " + last.label() + " in this RUN, so tens of megabytes of them "
            + "stay in the image layer",
        "end the same RUN with && rm -rf " + LISTS + "/*, or keep the lists out of the layer "
            + "with RUN --mount=type=cache,target=" + LISTS);
  }
}
