package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.SecurityContext;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A container that keeps the runtime's default capabilities: {@code capabilities.drop} names
 * neither {@code ALL} nor at least {@code NET_RAW}, the default capability most often abused.
 * Init and ephemeral containers are checked too; Windows pods, which have no capabilities, are
 * not, nor a container without an image that does not drop anything: a patch of a container
 * defined elsewhere.
 */
@Rule(id = "K8S014", name = "capabilities-not-dropped", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"security", "least-privilege"}, securitySeverity = 3.0,
    summary = "Container does not drop its default capabilities")
public final class CapabilitiesNotDropped implements KubernetesRule {

  private static final Set<String> ENOUGH = Set.of("ALL", "NET_RAW");

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    if (container.pod().isWindows()) {
      return;
    }
    SecurityContext security = container.securityContext();
    if (Capabilities.find(security.droppedCapabilities(), ENOUGH).isPresent()) {
      return;
    }
    String who = container.label() + " of " + container.pod().owner().label();
    Optional<YamlMapping.Entry> drop = security.capabilities()
        .flatMap(c -> c.node().asMapping()).flatMap(c -> c.entry("drop"))
        .filter(e -> !e.value().isNull());
    if (drop.isPresent()) {
      if (drop.get().value().asSequence().isEmpty()) {
        return; // not a list (a ${VAR} placeholder): not known here
      }
      List<YamlScalar> dropped = security.droppedCapabilities();
      ctx.report(drop.get().keySpan(), who + (dropped.isEmpty() ? " drops no capabilities"
          : " drops " + dropped.stream().map(YamlScalar::value).collect(Collectors.joining(", "))
              + " but not ALL"), "write 'drop: [\"ALL\"]' and add back in 'capabilities.add' "
          + "only what " + container.label() + " needs");
    } else if (!Kustomize.isPatch(container)) {
      ctx.report(container.nameSpan(), who + " does not drop capabilities",
          "add 'capabilities: {drop: [\"ALL\"]}' to the securityContext of " + container.label()
              + ", and add back in 'capabilities.add' only what it needs");
    }
  }
}
