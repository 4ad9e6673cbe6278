package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.Secret;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;

/**
 * A {@code Secret} whose {@code data} or {@code stringData} holds values: committed to the
 * repository, they are readable by everyone who can read it ({@code data} is base64, not
 * encryption). One finding per field, at its key, naming the keys but never the values. Empty
 * values, {@link StandIns stand-ins}, SOPS-encrypted files and service account token Secrets
 * (whose data the token controller fills in) are not findings.
 */
@Rule(id = "K8S016", name = "plaintext-secret-manifest", platform = Platform.KUBERNETES,
    severity = Severity.WARNING, tags = {"security", "secrets"}, securitySeverity = 5.0,
    summary = "Secret manifest with its values in plain text or base64")
public final class PlaintextSecretManifest implements KubernetesRule {

  private static final String SERVICE_ACCOUNT_TOKEN = "kubernetes.io/service-account-token";
  /** How many keys the message names before it counts the rest. */
  private static final int NAMED_KEYS = 3;

  @Override
  public void visitObject(KubeObject object, RuleContext ctx) {
    Secret secret = object.asSecret().orElse(null);
    if (secret == null || secret.type().equals(SERVICE_ACCOUNT_TOKEN)
        || object.node().has("sops")) {
      return;
    }
    for (String field : List.of("data", "stringData")) {
      object.node().entry(field).ifPresent(entry -> check(object, entry, ctx));
    }
  }

  private static void check(KubeObject object, YamlMapping.Entry field, RuleContext ctx) {
    if (!(field.value() instanceof YamlMapping values)) {
      return;
    }
    List<String> keys = values.entries().stream()
        .filter(e -> e.value() instanceof YamlScalar s && !s.isNull()
            && !StandIns.isStandIn(e.keyText(), s.value()))
        .map(YamlMapping.Entry::keyText).toList();
    if (keys.isEmpty()) {
      return;
    }
    String how = field.keyText().equals("data") ? "base64-encoded, which anyone can decode"
        : "in plain text";
    ctx.report(field.keySpan(), object.label() + " holds " + names(keys) + " in '"
        + field.keyText() + "', " + how + ", in the repository",
        "keep the values out of the repository: commit a SealedSecret (sealed-secrets) or a "
            + "SOPS-encrypted file, or create the Secret from a vault with External Secrets; "
            + "rotate the values already committed");
  }

  private static String names(List<String> keys) {
    String listed = String.join(", ", keys.stream().limit(NAMED_KEYS).map(k -> "'" + k + "'")
        .toList());
    int more = keys.size() - NAMED_KEYS;
    String what = keys.size() == 1 ? "the value of " : "the values of ";
    return what + listed + (more > 0 ? " and " + more + " more" : "");
  }
}
