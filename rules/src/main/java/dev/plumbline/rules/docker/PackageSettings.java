package dev.plumbline.rules.docker;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.regex.Pattern;

/**
 * A package manager setting that can be given on the command line or written to the manager's
 * configuration by an earlier command of the Dockerfile, such as
 * {@code echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes}. A rule keeps one per
 * file: what an earlier RUN configured holds for the RUNs after it.
 */
final class PackageSettings {

  /** apt's {@code APT::Get::Assume-Yes} turned on, in a config file or an {@code -o} option. */
  static final Pattern APT_ASSUME_YES = Pattern.compile(
      "(?i)APT::Get::Assume-Yes\\s*(?:=|\\s)\\s*\"?(?:true|1|yes|on)\\b");
  /** apt's {@code APT::Install-Recommends} turned off. */
  static final Pattern APT_NO_RECOMMENDS = Pattern.compile(
      "(?i)APT::Install-Recommends\\s*(?:=|\\s)\\s*\"?(?:false|0|no|off)\\b");
  /** yum's and dnf's {@code assumeyes} turned on, in yum.conf, dnf.conf or {@code --setopt}. */
  static final Pattern RPM_ASSUME_YES = Pattern.compile(
      "(?i)\\bassumeyes\\s*=\\s*(?:1|true|yes|on)\\b");

  private final Pattern setting;
  /** Text every match holds, lower case: most scripts never mention it, and are not searched. */
  private final String marker;
  private boolean configured;

  /** apt's assume-yes setting. */
  static PackageSettings aptAssumeYes() {
    return new PackageSettings(APT_ASSUME_YES, "apt::");
  }

  /** apt's install-recommends setting turned off. */
  static PackageSettings aptNoRecommends() {
    return new PackageSettings(APT_NO_RECOMMENDS, "apt::");
  }

  /** yum's and dnf's assumeyes setting. */
  static PackageSettings rpmAssumeYes() {
    return new PackageSettings(RPM_ASSUME_YES, "assumeyes");
  }

  private PackageSettings(Pattern setting, String marker) {
    this.setting = setting;
    this.marker = marker;
  }

  /**
   * Whether the setting is in force for a command: given in its arguments, written earlier in
   * the same script, or written by an earlier RUN of the file.
   */
  boolean inForce(Script script, Command command) {
    if (configured || mentions(script.text())
        && setting.matcher(script.text()).region(0, command.start()).find()) {
      return true;
    }
    for (Word arg : command.args()) {
      if (setting.matcher(arg.value()).find()) {
        return true;
      }
    }
    return false;
  }

  /** Records what a RUN configures for the RUNs after it; call after checking the RUN. */
  void read(Script script) {
    configured |= mentions(script.text()) && setting.matcher(script.text()).find();
  }

  /** Whether {@code text} holds the marker, in any case. */
  private boolean mentions(String text) {
    char first = marker.charAt(0);
    for (int i = 0; i <= text.length() - marker.length(); i++) {
      if (Character.toLowerCase(text.charAt(i)) == first
          && text.regionMatches(true, i, marker, 0, marker.length())) {
        return true;
      }
    }
    return false;
  }
}
