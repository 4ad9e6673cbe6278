package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Word;
import java.util.regex.Pattern;

/**
 * Packages installed by name alone with {@code apt-get install}, {@code apk add} or
 * {@code yum/dnf/microdnf install}. A word with a variable counts as pinned (the version is
 * usually the variable); package files, paths, URLs and yum groups are not packages to pin.
 */
@Rule(id = "DKR013", name = "unpinned-os-packages", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"reproducibility", "supply-chain"},
    enabledByDefault = false,
    summary = "OS package installed without a version")
public final class UnpinnedOsPackages implements RunScriptRule {

  /** An RPM version or release after a dash: starts with a digit, {@code 1.2.3}, {@code 2:1.0}. */
  private static final Pattern RPM_VERSION = Pattern.compile("[0-9][0-9A-Za-z.+~^_:]*");

  @Override
  public void visitRunScript(Run run, Script script, RuleContext ctx) {
    for (PackageCommand p : PackageCommand.in(script)) {
      if (p.by(PackageManager.APT_GET) && p.is("install")
          || p.by(PackageManager.APK) && p.is("add")
          || p.family() == PackageManager.Family.RPM && p.is("install")) {
        for (Word w : p.operands()) {
          if (isPackageName(p.family(), w) && !pinned(p.family(), w.value())) {
            ctx.report(script.span(w), "package '" + w.value() + "' is installed without a "
                    + "version, so " + p.label() + " takes whatever the mirror has on the day "
                    + "of the build", hint(p, w.value()));
          }
        }
      }
    }
  }

  /**
   * A package given by name, not a file, path, URL, yum group, RPM capability or expansion, nor
   * apt's {@code name-}, which removes the package.
   */
  private static boolean isPackageName(PackageManager.Family family, Word w) {
    String v = w.value();
    return w.isLiteral() && !v.isEmpty() && Character.isLetterOrDigit(v.charAt(0))
        && !v.contains("/") && !v.contains("(") && !v.endsWith(".deb") && !v.endsWith(".apk")
        && !v.endsWith(".rpm") && !(family == PackageManager.Family.APT && v.endsWith("-"));
  }

  /** Whether a package word names a version as its manager reads one. */
  static boolean pinned(PackageManager.Family family, String pkg) {
    return switch (family) {
      case APT -> pkg.contains("=");
      case APK -> pkg.matches(".*[=~<>].*");
      case RPM -> pkg.matches(".*[=<>].*") || rpmVersioned(pkg);
      case ZYPPER -> pkg.matches(".*[=<>].*");
    };
  }

  /**
   * {@code name-version} or {@code name-version-release}: {@code nginx-1.24.0},
   * {@code python3-3.9.16-1.el9}; but not {@code java-11-openjdk}, whose last part has no digit.
   */
  private static boolean rpmVersioned(String pkg) {
    String[] parts = pkg.split("-");
    int n = parts.length;
    if (n >= 2 && RPM_VERSION.matcher(parts[n - 1]).matches()) {
      return true;
    }
    return n >= 3 && RPM_VERSION.matcher(parts[n - 2]).matches()
        && parts[n - 1].chars().anyMatch(Character::isDigit);
  }

  private static String hint(PackageCommand p, String pkg) {
    return switch (p.family()) {
      case APT -> "pin it as " + pkg + "=<version> (apt-cache policy " + pkg
          + " lists the candidates), and update the pin deliberately";
      case APK -> "pin it as " + pkg + "=<version> or " + pkg + "~<major.minor> (apk policy "
          + pkg + " lists the candidates)";
      default -> "pin it as " + pkg + "-<version> (" + (p.by(PackageManager.YUM) ? "yum" : "dnf")
          + " list --showduplicates " + pkg + " lists the candidates)";
    };
  }
}
