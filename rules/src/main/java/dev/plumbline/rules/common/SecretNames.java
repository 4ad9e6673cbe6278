package dev.plumbline.rules.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the name of an environment variable, input or build argument says its value is a
 * credential. Shared by the rules that look for credentials written into files (GitHub Actions
 * env and inputs, Dockerfile ENV and ARG), so that they agree on what a secret name is.
 */
public final class SecretNames {

  private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWD", "PASSPHRASE",
      "PASS", "SECRET", "SECRETS", "TOKEN", "APIKEY", "CREDENTIAL", "CREDENTIALS");
  private static final Set<String> KEY_QUALIFIERS = Set.of("API", "PRIVATE", "ACCESS", "SECRET",
      "SIGNING", "ENCRYPTION", "MASTER", "LICENSE");
  /** A last word that makes the name about the secret rather than the secret itself. */
  private static final Set<String> DESCRIPTIVE_SUFFIXES = Set.of("PATH", "PATHS", "FILE", "FILES",
      "DIR", "URL", "URLS", "URI", "NAME", "NAMES", "ID", "IDS", "TYPE", "FORMAT", "LENGTH", "TTL",
      "EXPIRY", "EXPIRES", "EXPIRATION", "HEADER", "ENV", "VAR", "VARIABLE", "MODE", "KIND",
      "ENABLED", "DISABLED", "REQUIRED", "COUNT", "SIZE", "HOST", "PORT", "USER", "USERNAME",
      "EMAIL", "FIELD", "PREFIX", "SCOPE", "SCOPES", "ARN", "REF", "LOCATION", "PROVIDER",
      "METHOD", "AUDIENCE", "ISSUER", "TITLE", "LABEL", "DESCRIPTION", "SUMMARY", "MESSAGE");

  private SecretNames() {}

  /**
   * Whether the name ends in a credential word: one of its last two words is a secret word (so
   * {@code DB_PASSWORD} and {@code SECRET_KEY_BASE} count, {@code TOKEN_USAGE_SUMMARY_TITLE}
   * does not), and the last word does not merely describe it ({@code SECRET_NAMES}).
   */
  public static boolean looksSecret(String name) {
    List<String> words = Arrays.asList(name.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+"));
    if (words.isEmpty() || DESCRIPTIVE_SUFFIXES.contains(words.get(words.size() - 1))) {
      return false;
    }
    for (int i = Math.max(0, words.size() - 2); i < words.size(); i++) {
      String w = words.get(i);
      if (SECRET_WORDS.contains(w)) {
        return true;
      }
      if (w.equals("KEY") && i > 0 && KEY_QUALIFIERS.contains(words.get(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
