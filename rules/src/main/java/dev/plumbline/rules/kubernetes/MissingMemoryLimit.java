package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;

/**
 * A regular or init container without a memory limit, unless the pod sets one for all its
 * containers (pod-level resources, Kubernetes 1.32+). CPU limits are deliberately not required:
 * they throttle a busy container even when the node has CPU to spare. Ephemeral containers cannot
 * have resources.
 */
@Rule(id = "K8S008", name = "missing-memory-limit", platform = Platform.KUBERNETES,
    severity = Severity.WARNING, tags = {"reliability", "resources"},
    summary = "Container has no memory limit")
public final class MissingMemoryLimit implements KubernetesRule {

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    if (container.kind() == Container.Kind.EPHEMERAL || Kustomize.isPatch(container)
        || container.resources().limit("memory").isPresent()
        || container.pod().resources().limit("memory").isPresent()) {
      return;
    }
    Optional<YamlScalar> request = container.resources().request("memory");
    String example = request.map(r -> "no less than its request of " + r.value())
        .orElse("e.g. 512Mi");
    ctx.report(container.nameSpan(), container.label() + " of " + container.pod().owner().label()
        + " has no memory limit, so a leak can take the node's memory from other pods",
        "add 'resources.limits.memory' (" + example + ") to " + container.label());
  }
}
