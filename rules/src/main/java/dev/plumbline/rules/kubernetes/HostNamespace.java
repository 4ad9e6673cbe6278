package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.PodSpec;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.List;

/**
 * A pod that shares one of the node's namespaces: {@code hostNetwork}, {@code hostPID} or
 * {@code hostIPC} set to true. Each true flag is one finding, at its value.
 */
@Rule(id = "K8S005", name = "host-namespace", platform = Platform.KUBERNETES,
    severity = Severity.ERROR, tags = {"security", "isolation"}, securitySeverity = 7.0,
    summary = "Pod shares the node's network, process or IPC namespace")
public final class HostNamespace implements KubernetesRule {

  /** A pod field, what sharing it exposes, and the fix. */
  private record Flag(String field, String what, String hint) {}

  private static final List<Flag> FLAGS = List.of(
      new Flag("hostNetwork", "network namespace: it sees all of the node's traffic and "
          + "reaches services bound to the node's localhost",
          "remove 'hostNetwork: true' and expose the pod through a Service"),
      new Flag("hostPID", "process namespace: its containers see every process on the node "
          + "and their environment",
          "remove 'hostPID: true'; to share processes between the pod's own containers use "
              + "'shareProcessNamespace: true'"),
      new Flag("hostIPC", "IPC namespace: its containers can read the shared memory of "
          + "processes on the node",
          "remove 'hostIPC: true'; the containers of one pod already share IPC"));

  @Override
  public void visitPodSpec(PodSpec pod, RuleContext ctx) {
    for (Flag flag : FLAGS) {
      pod.flag(flag.field()).filter(s -> s.asBoolean().orElse(false)).ifPresent(value ->
          ctx.report(value.span(), pod.owner().label() + " sets " + flag.field()
              + ": true and shares the node's " + flag.what(), flag.hint()));
    }
  }
}
