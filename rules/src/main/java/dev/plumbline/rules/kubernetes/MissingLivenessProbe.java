package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * A container of a long-running workload (Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * ReplicationController, a Pod that restarts Always) without a {@code livenessProbe}. Jobs,
 * CronJobs and run-to-completion Pods end by themselves; init and ephemeral containers cannot
 * have one.
 */
@Rule(id = "K8S011", name = "missing-liveness-probe", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"reliability", "health-checks"},
    summary = "Long-running container has no liveness probe")
public final class MissingLivenessProbe implements KubernetesRule {

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    if (container.kind() != Container.Kind.REGULAR || !container.pod().isLongRunning()
        || Kustomize.isPatch(container)
        || container.livenessProbe().isPresent()) {
      return;
    }
    ctx.report(container.nameSpan(), container.label() + " of " + container.pod().owner().label()
        + " has no liveness probe, so Kubernetes does not restart it when it hangs",
        "add a 'livenessProbe' to " + container.label() + " that fails only when a restart "
        + "helps (e.g. httpGet on a /healthz endpoint that does not check dependencies)");
  }
}
