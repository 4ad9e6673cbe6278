package dev.plumbline.rules.docker;

import dev.plumbline.core.shell.Command;
import java.util.Optional;

/**
 * The OS package managers the Dockerfile rules read, with the options each takes a value for, so
 * that {@code apt-get -o Debug::X=1 install curl} still reads {@code install} as the subcommand.
 */
enum PackageManager {
  APT_GET(Family.APT, "apt-get"),
  APT(Family.APT, "apt"),
  APTITUDE(Family.APT, "aptitude"),
  APK(Family.APK, "apk"),
  YUM(Family.RPM, "yum"),
  DNF(Family.RPM, "dnf", "dnf5", "dnf-3"),
  MICRODNF(Family.RPM, "microdnf", "tdnf"),
  ZYPPER(Family.ZYPPER, "zypper");

  /** Managers that share a package database and caches. */
  enum Family {
    APT("-o", "-c", "-t", "-a", "--option", "--config-file", "--target-release",
        "--default-release", "--host-architecture"),
    APK("-X", "--repository", "-p", "--root", "--arch", "--cache-dir", "--keys-dir",
        "--repositories-file", "--cache-max-age", "--timeout", "-t", "--virtual"),
    RPM("-c", "--config", "--installroot", "--releasever", "--enablerepo", "--disablerepo",
        "--repo", "--repoid", "--repofrompath", "-x", "--exclude", "--setopt", "-d", "-e",
        "--debuglevel", "--errorlevel", "--forcearch", "--downloaddir", "--destdir", "--color",
        "--rpmverbosity", "--disableplugin", "--enableplugin", "--comment"),
    ZYPPER("-R", "--root", "-c", "--config", "-D", "--reposd-dir", "-C", "--cache-dir",
        "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir", "-t", "--type", "-r", "--repo",
        "--from");

    private final String[] valueFlags;

    Family(String... valueFlags) {
      this.valueFlags = valueFlags;
    }

    /** Options whose value is the next word, as in {@code -o Debug::X=1}. */
    String[] valueFlags() {
      return valueFlags.clone();
    }
  }

  private final Family family;
  private final String[] programs;

  PackageManager(Family family, String... programs) {
    this.family = family;
    this.programs = programs;
  }

  Family family() {
    return family;
  }

  /** The manager a command runs, by its program name ({@code /usr/bin/apt-get} too). */
  static Optional<PackageManager> of(Command command) {
    for (PackageManager manager : values()) {
      if (command.is(manager.programs)) {
        return Optional.of(manager);
      }
    }
    return Optional.empty();
  }
}
