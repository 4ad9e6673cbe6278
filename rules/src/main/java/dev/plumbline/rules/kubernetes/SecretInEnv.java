package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.EnvVar;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.rules.common.SecretNames;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An environment variable whose name says it holds a credential and whose {@code value} is written
 * in the manifest. Names are judged by {@link SecretNames}, as the other platforms' secret rules
 * judge them; values that are not a credential ({@link StandIns}, switches, numbers, file paths)
 * are left alone. The message never repeats the value.
 */
@Rule(id = "K8S015", name = "secret-in-env", platform = Platform.KUBERNETES,
    severity = Severity.ERROR, tags = {"security", "secrets"}, securitySeverity = 7.0,
    summary = "Credential written as a literal environment variable value")
public final class SecretInEnv implements KubernetesRule {

  /** Values that switch something on or off rather than hold a credential. */
  private static final Set<String> SWITCHES =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "enabled", "disabled");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");
  /** An absolute file path: where a credential is, not the credential. */
  private static final Pattern FILE_PATH = Pattern.compile("/[\\w.@+-]+(/[\\w.@+-]*)*");

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    for (EnvVar env : container.env()) {
      String name = env.name().orElse("");
      if (!SecretNames.looksSecret(name)) {
        continue;
      }
      env.value().filter(v -> isCredential(name, v)).ifPresent(value -> ctx.report(value.span(),
          "environment variable '" + name + "' of " + container.label() + " in "
              + container.pod().owner().label() + " is set to a credential written in the "
              + "manifest, readable by anyone who can read the repository or the object",
          "put the value in a Secret that is not committed in plain text and reference it: "
              + "valueFrom: {secretKeyRef: {name: <secret>, key: " + key(name) + "}}"));
    }
  }

  private static boolean isCredential(String name, YamlScalar value) {
    if (value.type() != YamlScalar.Type.STRING) {
      return false; // a number or boolean: not a credential (and invalid-manifest's to report)
    }
    String v = value.value().strip();
    return !StandIns.isStandIn(name, v) && !SWITCHES.contains(v.toLowerCase(Locale.ROOT))
        && !NUMBER.matcher(v).matches() && !FILE_PATH.matcher(v).matches();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
