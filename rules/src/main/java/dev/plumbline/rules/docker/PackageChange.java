package dev.plumbline.rules.docker;

import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link PackageCommand} that installs or removes packages — apt-get/apt, apk,
 * yum/dnf/microdnf, zypper — with the package words after the subcommand.
 *
 * @param command  the package manager command
 * @param install  true for an install, false for a removal
 * @param packages the package words after the subcommand
 * @param virtual  for {@code apk add --virtual NAME}, the name that removes them all again
 */
record PackageChange(PackageCommand command, boolean install, List<Word> packages,
    Optional<String> virtual) {

  private static final Map<PackageManager.Family, Set<String>> INSTALLS = Map.of(
      PackageManager.Family.APT, Set.of("install"),
      PackageManager.Family.APK, Set.of("add"),
      PackageManager.Family.RPM, Set.of("install", "groupinstall"),
      PackageManager.Family.ZYPPER, Set.of("install", "in"));
  private static final Map<PackageManager.Family, Set<String>> REMOVALS = Map.of(
      PackageManager.Family.APT, Set.of("remove", "purge", "autoremove"),
      PackageManager.Family.APK, Set.of("del"),
      PackageManager.Family.RPM, Set.of("remove", "erase", "autoremove"),
      PackageManager.Family.ZYPPER, Set.of("remove", "rm"));

  static Optional<PackageChange> of(Command raw) {
    return PackageCommand.of(raw).flatMap(PackageChange::of);
  }

  private static Optional<PackageChange> of(PackageCommand p) {
    List<Word> operands = p.operands();
    String action = p.action();
    if (p.family() == PackageManager.Family.RPM && action.equals("group")
        && !operands.isEmpty()) {
      action = "group" + operands.get(0).value();
      operands = operands.subList(1, operands.size());
    }
    boolean install = INSTALLS.get(p.family()).contains(action);
    if (!install && !REMOVALS.get(p.family()).contains(action)) {
      return Optional.empty();
    }
    Optional<String> virtual = p.family() == PackageManager.Family.APK
        ? p.command().flagValues("-t", "--virtual").stream().map(Word::value).findFirst()
        : Optional.empty();
    return Optional.of(new PackageChange(p, install, operands, virtual));
  }

  /** The family of package manager: packages are named alike within one. */
  PackageManager.Family manager() {
    return command.family();
  }

  /** The package name of a word: without version, release or architecture. */
  String name(Word word) {
    String v = word.value();
    int cut = switch (manager()) {
      case APT -> firstOf(v, "=:/");
      case APK -> firstOf(v, "=~<>");
      case RPM, ZYPPER -> firstOf(v, "=<>");
    };
    return v.substring(0, cut);
  }

  /** The package word this command names {@code name} with, or its versioned form (gcc-12). */
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
