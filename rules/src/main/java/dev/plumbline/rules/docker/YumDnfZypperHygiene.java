package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * yum, dnf, microdnf and zypper commands that ask for confirmation without being told the answer
 * ({@code -y}, {@code --assumeyes}, zypper's {@code --non-interactive}), and installs not followed
 * in the same RUN by {@code clean all} (zypper: {@code clean}) or by deleting the cache
 * directory. The cache is not reported on a cache or tmpfs mount, nor in a builder stage that is
 * thrown away.
 */
@Rule(id = "DKR017", name = "yum-dnf-zypper-hygiene", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"correctness", "image-size"},
    summary = "yum, dnf or zypper command without -y, or install without cleaning the cache")
public final class YumDnfZypperHygiene implements RunScriptRule {

  private static final Set<String> RPM_ASKS = Set.of("install", "groupinstall", "localinstall",
      "reinstall", "remove", "erase", "upgrade", "update", "update-minimal", "upgrade-minimal",
      "downgrade", "distro-sync", "distrosync", "autoremove", "swap");
  private static final Set<String> RPM_INSTALLS = Set.of("install", "groupinstall",
      "localinstall", "reinstall", "upgrade", "update", "update-minimal", "upgrade-minimal",
      "downgrade", "distro-sync", "distrosync", "swap");
  /** {@code dnf group install}, {@code dnf module enable}: the action is the next operand. */
  private static final Map<String, Set<String>> RPM_NESTED_ASKS = Map.of(
      "group", Set.of("install", "remove", "upgrade", "update"),
      "groups", Set.of("install", "remove", "upgrade", "update"),
      "module", Set.of("install", "enable", "disable", "reset", "remove", "switch-to", "update"));
  private static final Map<String, Set<String>> RPM_NESTED_INSTALLS = Map.of(
      "group", Set.of("install", "upgrade", "update"),
      "groups", Set.of("install", "upgrade", "update"),
      "module", Set.of("install"));
  private static final Set<String> ZYPPER_ASKS = Set.of("install", "in", "remove", "rm",
      "update", "up", "dist-upgrade", "dup", "patch", "source-install", "si",
      "install-new-recommends", "inr");
  private static final Set<String> ZYPPER_INSTALLS = Set.of("install", "in", "update", "up",
      "dist-upgrade", "dup", "patch", "source-install", "si", "install-new-recommends", "inr");


  /** yum's and dnf's short options that take a value, which ends a cluster. */
  private static final String RPM_VALUE_LETTERS = "cdex";

  private final PackageSettings assumeYes = PackageSettings.rpmAssumeYes();

  @Override
  public void visitRunScript(Run run, Script script, RuleContext ctx) {
    List<PackageCommand> commands = PackageCommand.in(script).stream()
        .filter(p -> p.family() == PackageManager.Family.RPM
            || p.family() == PackageManager.Family.ZYPPER)
        .toList();
    List<PackageCommand> uncleaned = new ArrayList<>();
    if (ShippedStages.ships(run)) {
      for (PackageManager.Family family : List.of(PackageManager.Family.RPM,
          PackageManager.Family.ZYPPER)) {
        lastInstall(commands, family)
            .filter(last -> !PackageCaches.keptOut(run, script, family, last.start()))
            .ifPresent(uncleaned::add);
      }
    }
    for (PackageCommand p : commands) {
      boolean noYes = asks(p) && !answersYes(script, p) && !p.answeredThroughPipe();
      boolean noClean = uncleaned.contains(p);
      if (noYes || noClean) {
        report(script, p, noYes, noClean, ctx);
      }
    }
    assumeYes.read(script);
  }

  private static void report(Script script, PackageCommand p, boolean noYes, boolean noClean,
      RuleContext ctx) {
    boolean zypper = p.family() == PackageManager.Family.ZYPPER;
    String program = p.command().program();
    String clean = zypper ? "zypper clean --all" : program + " clean all";
    String cache = zypper ? "/var/cache/zypp"
        : p.by(PackageManager.DNF) ? "/var/cache/dnf (/var/cache/libdnf5 for dnf5)"
        : "/var/cache/yum";
    String asks = "it stops at its confirmation question, and as nobody can answer during a "
        + "build, the RUN fails";
    String keeps = "nothing after it in this RUN runs " + clean + ", so the downloaded metadata "
        + "and packages stay in " + cache + " in the image layer";
    String noYesText = " has no " + (zypper ? "--non-interactive" : "-y");
    String message = noYes && noClean ? p.label() + noYesText + ", so " + asks + "; and " + keeps
        : noYes ? p.label() + noYesText + ": " + asks
        : p.label() + " leaves its cache in the layer: " + keeps;
    String fixYes = zypper ? "use zypper --non-interactive " + p.action() + " ..."
        : "add -y: " + program + " " + p.action() + " -y ...";
    String fixClean = "end the same RUN with && " + clean;
    ctx.report(script.span(p.subcommand()), message,
        noYes && noClean ? fixYes + ", and " + fixClean : noYes ? fixYes : fixClean);
  }

  /** Whether the subcommand may ask for confirmation. */
  private static boolean asks(PackageCommand p) {
    if (p.family() == PackageManager.Family.ZYPPER) {
      return ZYPPER_ASKS.contains(p.action());
    }
    return RPM_ASKS.contains(p.action()) || nested(p, RPM_NESTED_ASKS);
  }

  /** Whether the subcommand downloads packages into the cache. */
  private static boolean installs(PackageCommand p) {
    if (p.family() == PackageManager.Family.ZYPPER) {
      return ZYPPER_INSTALLS.contains(p.action());
    }
    return RPM_INSTALLS.contains(p.action()) || nested(p, RPM_NESTED_INSTALLS);
  }

  private static boolean nested(PackageCommand p, Map<String, Set<String>> actions) {
    Set<String> nested = actions.get(p.action());
    List<Word> operands = p.operands();
    return nested != null && !operands.isEmpty() && nested.contains(operands.get(0).value());
  }

  private boolean answersYes(Script script, PackageCommand p) {
    Command c = p.command();
    if (p.family() == PackageManager.Family.RPM) {
      return c.hasFlag("--assumeyes", "--assume-yes") || c.hasShortFlag('y', RPM_VALUE_LETTERS)
          || assumeYes.inForce(script, c);
    }
    // zypper: global -n/--non-interactive before the command, -y/--no-confirm after it
    // (after the command, -n is install's --name)
    for (Word w : c.args()) {
      String v = w.value();
      boolean global = w.start() < p.subcommand().start();
      if (global && (v.equals("--non-interactive") || v.matches("-[a-zA-Z]*n[a-zA-Z]*"))
          || !global && (v.equals("--no-confirm") || v.equals("-y"))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<PackageCommand> lastInstall(List<PackageCommand> commands,
      PackageManager.Family family) {
    PackageCommand last = null;
    for (PackageCommand p : commands) {
      if (p.family() == family && installs(p)) {
        last = p;
      }
    }
    return Optional.ofNullable(last);
  }
}
