package dev.plumbline.rules.docker;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.shell.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The OS packages a RUN installs and does not remove again before it ends: a package removed by
 * name, through its {@code apk --virtual} group, or by the {@code apt-mark auto} and
 * {@code apt-get purge --auto-remove} idiom never reaches the layer.
 */
final class KeptPackages {

  private final List<PackageChange> commands;
  private final boolean aptAutoRemove;

  private KeptPackages(List<PackageChange> commands, boolean aptAutoRemove) {
    this.commands = commands;
    this.aptAutoRemove = aptAutoRemove;
  }

  static KeptPackages of(Script script) {
    List<PackageChange> commands = new ArrayList<>();
    boolean markedAuto = false;
    boolean autoRemoved = false;
    for (Command c : script.commands()) {
      Command e = c.effective();
      if (e.is("apt-mark") && e.subcommand().filter(w -> w.value().equals("auto")).isPresent()) {
        markedAuto = true;
      }
      Optional<PackageChange> p = PackageChange.of(c);
      p.ifPresent(commands::add);
      if (p.isPresent() && !p.get().install() && p.get().manager() == PackageManager.Family.APT
          && (e.hasFlag("--auto-remove", "--autoremove") || e.subcommand()
              .filter(w -> w.value().equals("autoremove")).isPresent())) {
        autoRemoved = true;
      }
    }
    return new KeptPackages(commands, markedAuto && autoRemoved);
  }

  /** Every install command of the RUN. */
  List<PackageChange> installs() {
    return commands.stream().filter(PackageChange::install).toList();
  }

  /** Whether the package {@code name} that {@code install} installs is still there at the end. */
  boolean keeps(PackageChange install, String name) {
    return !removedAfter(install, name);
  }

  private boolean removedAfter(PackageChange install, String name) {
    if (install.manager() == PackageManager.Family.APT && aptAutoRemove) {
      return true;
    }
    for (PackageChange c : commands) {
      if (c.install() || c.manager() != install.manager()
          || c.command().start() < install.command().command().end()) {
        continue;
      }
      if (c.find(name).isPresent() || install.virtual().isPresent() && c.packages().stream()
          .anyMatch(w -> w.value().equals(install.virtual().get()))) {
        return true;
      }
    }
    return false;
  }
}
