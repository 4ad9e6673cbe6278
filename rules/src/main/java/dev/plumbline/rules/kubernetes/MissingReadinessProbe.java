package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * A container of a long-running workload that declares ports ({@code containerPort}) but has no
 * {@code readinessProbe}: Services send it traffic as soon as it starts, and keep sending while
 * it cannot answer. Containers without ports, Jobs, CronJobs, run-to-completion Pods, init and
 * ephemeral containers are left alone.
 */
@Rule(id = "K8S012", name = "missing-readiness-probe", platform = Platform.KUBERNETES,
    severity = Severity.WARNING, tags = {"reliability", "health-checks"},
    summary = "Container that serves ports has no readiness probe")
public final class MissingReadinessProbe implements KubernetesRule {

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    if (container.kind() != Container.Kind.REGULAR || !container.pod().isLongRunning()
        || Kustomize.isPatch(container)
        || container.readinessProbe().isPresent()
        || container.ports().stream().noneMatch(p -> p.containerPort().isPresent())) {
      return;
    }
    String port = container.ports().stream().filter(p -> p.number().isPresent())
        .map(p -> String.valueOf(p.number().getAsLong())).findFirst().orElse("<port>");
    ctx.report(container.nameSpan(), container.label() + " of " + container.pod().owner().label()
        + " serves ports but has no readiness probe, so it gets traffic before it can answer",
        "add a 'readinessProbe' to " + container.label() + " that succeeds when it can serve "
        + "requests (e.g. httpGet or tcpSocket on port " + port + ")");
  }
}
