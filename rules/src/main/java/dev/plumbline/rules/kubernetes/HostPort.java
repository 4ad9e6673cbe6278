package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.ContainerPort;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.OptionalLong;

/**
 * A container port bound on the node's address ({@code hostPort}). {@code hostPort: 0} means
 * none, and a value that is not an integer is invalid-manifest's to report; a pod with
 * {@code hostNetwork: true} is not reported here, since every port it opens is on the node
 * already and host-namespace reports that.
 */
@Rule(id = "K8S028", name = "host-port", platform = Platform.KUBERNETES,
    severity = Severity.WARNING, tags = {"security", "scheduling"}, securitySeverity = 5.0,
    summary = "Container port bound to a port of the node")
public final class HostPort implements KubernetesRule {

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    if (container.pod().flag("hostNetwork").flatMap(YamlScalar::asBoolean).orElse(false)) {
      return;
    }
    for (ContainerPort port : container.ports()) {
      port.hostPort().filter(HostPort::isPort).ifPresent(hostPort -> ctx.report(hostPort.span(),
          container.label() + " of " + container.pod().owner().label() + " binds port "
              + hostPort.value() + " of the node (hostPort): the pod is reachable on the node's "
              + "address, bypassing Services, and only one such pod fits on each node",
          "remove 'hostPort' and reach the pod through a Service (type NodePort or "
              + "LoadBalancer if it must be reachable from outside the cluster)"));
    }
  }

  private static boolean isPort(YamlScalar port) {
    OptionalLong value = port.asLong();
    return value.isPresent() && value.getAsLong() > 0;
  }
}
