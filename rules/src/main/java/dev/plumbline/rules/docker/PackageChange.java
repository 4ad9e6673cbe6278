package dev.plumbline.rules.docker;

import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An install or removal by an OS package manager — apt-get/apt, apk, yum/dnf/microdnf/tdnf,
 * zypper — with the package words, seen through wrappers such as {@code sudo}.
 *
 * @param command  the command ({@link Command#effective()} view)
 * @param manager  which family of package manager
 * @param install  true for an install, false for a removal
 * @param packages the package words after the subcommand
 * @param virtual  for {@code apk add --virtual NAME}, the name that removes them all again
 */
record PackageChange(Command command, Manager manager, boolean install, List<Word> packages,
    Optional<String> virtual) {

  /** Package manager families: packages are named alike within one. */
  enum Manager {
    APT("-o", "-c", "-t", "--option", "--config-file", "--target-release"),
    APK("-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--keys-dir",
        "--cache-dir", "--repositories-file"),
    RPM("--enablerepo", "--disablerepo", "--setopt", "--releasever", "--installroot", "-x",
        "--exclude", "-c", "--config", "--repo", "--repofrompath"),
    ZYPPER("-r", "--repo", "--from");

    private final String[] optionsWithValue;

    Manager(String... optionsWithValue) {
      this.optionsWithValue = optionsWithValue;
    }
  }

  private static final Set<String> APT_INSTALL = Set.of("install");
  private static final Set<String> APT_REMOVE = Set.of("remove", "purge", "autoremove");
  private static final Set<String> RPM_INSTALL = Set.of("install", "groupinstall");
  private static final Set<String> RPM_REMOVE = Set.of("remove", "erase", "autoremove");

  static Optional<PackageChange> of(Command command) {
    Command c = command.effective();
    Manager manager;
    Set<String> installs;
    Set<String> removals;
    if (c.is("apt-get", "apt")) {
      manager = Manager.APT;
      installs = APT_INSTALL;
      removals = APT_REMOVE;
    } else if (c.is("apk")) {
      manager = Manager.APK;
      installs = Set.of("add");
      removals = Set.of("del");
    } else if (c.is("yum", "dnf", "microdnf", "tdnf")) {
      manager = Manager.RPM;
      installs = RPM_INSTALL;
      removals = RPM_REMOVE;
    } else if (c.is("zypper")) {
      manager = Manager.ZYPPER;
      installs = Set.of("install", "in");
      removals = Set.of("remove", "rm");
    } else {
      return Optional.empty();
    }
    List<Word> operands = c.operands(manager.optionsWithValue);
    if (operands.isEmpty()) {
      return Optional.empty();
    }
    String sub = operands.get(0).value();
    int first = 1;
    if (manager == Manager.RPM && sub.equals("group") && operands.size() > 1) {
      sub = "group" + operands.get(1).value();
      first = 2;
    }
    boolean install = installs.contains(sub);
    if (!install && !removals.contains(sub)) {
      return Optional.empty();
    }
    Optional<String> virtual = manager == Manager.APK
        ? c.flagValues("-t", "--virtual").stream().map(Word::value).findFirst()
        : Optional.empty();
    return Optional.of(new PackageChange(c, manager, install,
        operands.subList(first, operands.size()), virtual));
  }

  /** The package name of a word: without version, release or architecture. */
  String name(Word word) {
    String v = word.value();
    int cut = switch (manager) {
      case APT -> firstOf(v, "=:/");
      case APK -> firstOf(v, "=~<>");
      case RPM, ZYPPER -> firstOf(v, "=<>");
    };
    return v.substring(0, cut);
  }

  /** Whether this command names the package {@code name}, or its versioned form (gcc-12). */
  Optional<Word> find(String name) {
    return packages.stream().filter(w -> isNamed(name(w), name)).findFirst();
  }

  /** Whether package {@code found} is {@code name} or a versioned form of it: gcc-12. */
  static boolean isNamed(String found, String name) {
    return found.equals(name) || found.startsWith(name + "-")
        && found.length() > name.length() + 1 && Character.isDigit(found.charAt(name.length() + 1));
  }

  private static int firstOf(String value, String chars) {
    for (int i = 0; i < value.length(); i++) {
      if (chars.indexOf(value.charAt(i)) >= 0) {
        return i;
      }
    }
    return value.length();
  }
}
