package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Mount;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.shell.Command;
import java.util.List;

/**
 * Where each package manager family keeps what it downloads (package lists, indexes, metadata,
 * packages), and whether a RUN keeps that out of its layer.
 */
final class PackageCaches {

  private PackageCaches() {}

  /** The directories a family downloads into. */
  static List<String> dirs(PackageManager.Family family) {
    return switch (family) {
      case APT -> List.of("/var/lib/apt/lists");
      case APK -> List.of("/var/cache/apk", "/etc/apk/cache");
      case RPM -> List.of("/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5");
      case ZYPPER -> List.of("/var/cache/zypp");
    };
  }

  /**
   * Whether what the family downloads stays out of the RUN's layer from offset {@code after} on:
   * the RUN mounts a cache or tmpfs over the directory, deletes it after that point, runs the
   * family's own clean command ({@code apt-get distclean}, {@code yum clean all},
   * {@code zypper clean}), or hides the manager's configuration behind a bind mount (then where
   * it keeps its cache is unknown). A template placeholder such as {@code {{ clean_apt }}} in a
   * Dockerfile template may expand to the cleanup, and counts as one.
   */
  static boolean keptOut(Run run, Script script, PackageManager.Family family, int after) {
    for (String dir : dirs(family)) {
      if (LayerCleanup.mounted(run, dir) || LayerCleanup.removes(script, after, dir)) {
        return true;
      }
    }
    if (configMounted(run, family)) {
      return true;
    }
    for (PackageCommand p : PackageCommand.in(script)) {
      if (p.start() > after && p.family() == family && cleans(p)) {
        return true;
      }
    }
    for (Command c : script.commands()) {
      if (c.start() > after && c.name().startsWith("{{")) {
        return true;
      }
    }
    return false;
  }

  private static boolean cleans(PackageCommand p) {
    return switch (p.family()) {
      case APT -> p.is("distclean", "dist-clean");
      case APK -> false; // apk cache clean only prunes an enabled package cache
      case RPM -> p.is("clean") && p.operands().stream().anyMatch(w -> w.value().equals("all"));
      case ZYPPER -> p.is("clean", "cc");
    };
  }

  private static boolean configMounted(Run run, PackageManager.Family family) {
    List<String> configs = switch (family) {
      case RPM -> List.of("/etc/dnf/dnf.conf", "/etc/yum.conf", "/etc/dnf", "/etc/yum");
      case ZYPPER -> List.of("/etc/zypp/zypp.conf", "/etc/zypp");
      default -> List.of();
    };
    for (Mount mount : run.mounts()) {
      if (mount.type().equals("bind")
          && mount.target().filter(t -> configs.stream().anyMatch(c -> t.equals(c)
              || t.startsWith(c + "/"))).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
