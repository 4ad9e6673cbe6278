package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A package index refresh ({@code apt-get update}, {@code apk update}, {@code yum makecache},
 * {@code zypper refresh}) that nothing after it in the same RUN uses. A command that may run an
 * installer of its own (a script, {@code xargs}, {@code make}) counts as a use.
 */
@Rule(id = "DKR012", name = "package-update-alone", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"correctness", "reproducibility"},
    summary = "Package index update in a RUN that installs nothing")
public final class PackageUpdateAlone implements RunScriptRule {

  /** The subcommands that refresh the index, per family. */
  private static final Map<PackageManager.Family, Set<String>> REFRESH = Map.of(
      PackageManager.Family.APT, Set.of("update"),
      PackageManager.Family.APK, Set.of("update"),
      PackageManager.Family.RPM, Set.of("makecache"),
      PackageManager.Family.ZYPPER, Set.of("refresh", "ref"));

  /** The subcommands that read the index, per family. */
  private static final Map<PackageManager.Family, Set<String>> USE = Map.of(
      PackageManager.Family.APT, Set.of("install", "reinstall", "upgrade", "dist-upgrade",
          "full-upgrade", "safe-upgrade", "build-dep", "satisfy", "source", "download", "policy",
          "madison", "search", "show", "showpkg", "depends", "rdepends", "list", "changelog"),
      PackageManager.Family.APK, Set.of("add", "upgrade", "fix", "search", "info", "fetch",
          "policy", "version", "list", "dot"),
      PackageManager.Family.RPM, Set.of("install", "groupinstall", "localinstall", "reinstall",
          "update", "upgrade", "update-minimal", "upgrade-minimal", "downgrade", "distro-sync",
          "distrosync", "group", "groups", "module", "list", "info", "search", "provides",
          "whatprovides", "repoquery", "builddep", "check-update", "download", "swap"),
      PackageManager.Family.ZYPPER, Set.of("install", "in", "update", "up", "dist-upgrade",
          "dup", "patch", "source-install", "si", "install-new-recommends", "inr", "search",
          "se", "info", "if", "packages", "pa", "patches", "verify", "ve"));

  /** Programs that read the index, or run commands Plumbline does not see that may. */
  private static final Set<String> OTHER_USES = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh",
      "eval", "source", ".", "xargs", "make", "install_packages", "rosdep", "apt-cache");

  @Override
  public void visitRunScript(Run run, Script script, RuleContext ctx) {
    List<PackageCommand> commands = PackageCommand.in(script);
    for (PackageCommand refresh : commands) {
      if (!REFRESH.get(refresh.family()).contains(refresh.action())
          || used(script, commands, refresh)
          || PackageCaches.keptOut(run, script, refresh.family(), refresh.start())) {
        continue;
      }
      ctx.report(script.span(refresh.subcommand()), refresh.label() + " runs in a RUN that "
              + "installs nothing after it: Docker caches this layer, so a later RUN installs "
              + "from an index as old as the cache, or fails when the mirror has moved on",
          hint(refresh));
    }
  }

  /** Whether something after the refresh in the script reads the index, or may. */
  private static boolean used(Script script, List<PackageCommand> commands,
      PackageCommand refresh) {
    for (PackageCommand p : commands) {
      if (p.start() > refresh.start() && p.family() == refresh.family()
          && USE.get(p.family()).contains(p.action())) {
        return true;
      }
    }
    for (Command raw : script.commands()) {
      Command c = raw.effective();
      if (c.start() > refresh.start() && runsUnseenCommands(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code ./install.sh}, {@code /opt/setup}, {@code bash -c ...}, {@code xargs ...}. */
  private static boolean runsUnseenCommands(Command c) {
    String name = c.name();
    return OTHER_USES.contains(c.program()) || name.endsWith(".sh")
        || name.startsWith("./") || name.startsWith("../")
        || name.startsWith("/") && !name.startsWith("/bin/") && !name.startsWith("/usr/bin/")
            && !name.startsWith("/sbin/") && !name.startsWith("/usr/sbin/");
  }

  private static String hint(PackageCommand refresh) {
    String tool = refresh.command().program();
    return switch (refresh.family()) {
      case APT -> "update in the RUN that installs: RUN " + tool + " update && " + tool
          + " install -y <package> && rm -rf " + AptListsNotRemoved.LISTS + "/*";
      case APK -> "drop it and install with RUN apk add --no-cache <package>, which fetches a "
          + "fresh index and keeps none";
      case RPM -> "drop it: " + tool + " install fetches expired metadata itself; RUN " + tool
          + " install -y <package> && " + tool + " clean all";
      case ZYPPER -> "refresh in the RUN that installs: RUN zypper --non-interactive refresh && "
          + "zypper --non-interactive install <package> && zypper clean --all";
    };
  }
}
