package dev.plumbline.rules.kubernetes;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Values written where a credential goes that are not the credential: empty values, references
 * that something replaces before or when the object is applied, fill-in markers, and values that
 * SOPS has encrypted. Shared by the rules that look for credentials in manifests (K8S015, K8S016),
 * so that they agree on what does not count.
 */
final class StandIns {

  /** {@code ${VAR}} (envsubst, Flux, clusterctl), {@code $(VAR)} (Kubernetes), {@code {{ }}}. */
  private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{|\\$\\(|\\{\\{");
  /** A fill-in marker such as {@code <client secret>}. */
  private static final Pattern ANGLE_MARKER = Pattern.compile("<[^<>]+>");
  /** A word in capitals such as {@code INSERT_ETCD_TOKEN} or {@code API_KEY_VAL}. */
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  /** A value that SOPS encrypted: {@code ENC[AES256_GCM,data:...]}. */
  private static final Pattern SOPS = Pattern.compile("ENC\\[[A-Za-z0-9_]+,.*]");

  private StandIns() {}

  /**
   * Whether the value of {@code name} is not a credential written out: blank; a reference that is
   * replaced before or while the object is applied ({@code ${VAR}}, {@code $(VAR)},
   * {@code {{ }}}); a marker to fill in ({@code <password>}, or a capitalised word that repeats
   * the name, as {@code INSERT_API_TOKEN} for {@code API_TOKEN}); a SOPS-encrypted value.
   */
  static boolean isStandIn(String name, String value) {
    String v = value.strip();
    if (v.isEmpty() || SUBSTITUTION.matcher(v).find() || ANGLE_MARKER.matcher(v).matches()
        || SOPS.matcher(v).matches()) {
      return true;
    }
    String key = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    return !key.isEmpty() && CONSTANT.matcher(v).matches() && v.contains(key);
  }
}
