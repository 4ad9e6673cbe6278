package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.ContainerPort;
import dev.plumbline.core.model.kubernetes.EnvVar;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.HashMap;
import java.util.Map;

/**
 * An environment variable or a container port listed twice in one container: the same
 * {@code name}, or the same {@code containerPort} and protocol. Reported at the second entry,
 * naming the line of the first.
 */
@Rule(id = "K8S030", name = "duplicate-env-or-port", platform = Platform.KUBERNETES,
    severity = Severity.WARNING, tags = {"correctness"},
    summary = "Environment variable or container port listed twice in one container")
public final class DuplicateEnvOrPort implements KubernetesRule {

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    String where = container.label() + " of " + container.pod().owner().label();
    Map<String, YamlScalar> names = new HashMap<>();
    for (EnvVar env : container.env()) {
      env.nameScalar().ifPresent(name -> {
        YamlScalar first = names.putIfAbsent(name.value(), name);
        if (first != null) {
          ctx.report(name.span(), "environment variable '" + name.value() + "' of " + where
              + " is set again (first on line " + line(first) + "): the container gets only "
              + "the last value, and server-side apply rejects the object",
              "remove one of the two entries");
        }
      });
    }
    Map<String, YamlScalar> ports = new HashMap<>();
    for (ContainerPort port : container.ports()) {
      port.containerPort().ifPresent(number -> {
        String key = (port.number().isPresent() ? String.valueOf(port.number().getAsLong())
            : number.value()) + "/" + port.protocol();
        YamlScalar first = ports.putIfAbsent(key, number);
        if (first != null) {
          ctx.report(number.span(), "port " + key + " of " + where + " is listed again (first "
              + "on line " + line(first) + "): server-side apply rejects the object, and "
              + "client-side apply may drop one of the entries", "remove one of the two entries, "
              + "keeping the name the Services refer to");
        }
      });
    }
  }

  private static int line(YamlScalar scalar) {
    return scalar.span().start().line();
  }
}
