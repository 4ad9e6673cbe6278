package dev.plumbline.rules.terraform;

import dev.plumbline.rules.common.SecretNames;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of Terraform arguments, variables and outputs that hold a secret: what
 * {@link SecretNames} judges secret, minus the names Terraform configurations use for settings
 * about a secret ({@code password_policy}, {@code create_access_key}, {@code
 * customer_master_key_spec}) and for values that are safe to show (an {@code
 * encrypted_password}, the {@code image_pull_secrets} that name Kubernetes Secrets).
 */
final class TerraformSecretNames {

  /** First words of names that switch something about a secret on or off. */
  private static final Set<String> SWITCH_WORDS = Set.of("create", "enable", "enabled",
      "manage", "generate", "rotate", "use", "is", "has", "should", "allow", "require", "skip");
  /** Last words of names that describe a setting about a secret rather than hold it. */
  private static final Set<String> SETTING_WORDS = Set.of("endpoint", "policy", "version",
      "algorithm", "rotation", "reset", "strength", "minimum", "maximum", "days", "age",
      "window", "schedule", "encoding", "source", "store", "arns", "status", "state", "spec",
      "usage", "type", "tags", "config", "configuration", "rules", "fingerprint", "command",
      "template");

  private TerraformSecretNames() {}

  static boolean looksSecret(String name) {
    if (!SecretNames.looksSecret(name)) {
      return false;
    }
    List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
    int last = words.size() - 1;
    return !SWITCH_WORDS.contains(words.get(0)) && !SETTING_WORDS.contains(words.get(last))
        && !words.contains("encrypted") && !(last > 0 && words.get(last - 1).equals("pull"));
  }
}
