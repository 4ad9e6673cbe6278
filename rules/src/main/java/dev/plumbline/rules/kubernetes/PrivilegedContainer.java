package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.SecurityContext.Setting;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * A container with {@code securityContext.privileged: true}: it holds every capability and sees
 * the host's devices, so whoever controls it controls the node. Init and ephemeral containers
 * are checked too.
 */
@Rule(id = "K8S001", name = "privileged-container", platform = Platform.KUBERNETES,
    severity = Severity.ERROR, tags = {"security", "least-privilege"}, securitySeverity = 7.0,
    summary = "Container runs privileged")
public final class PrivilegedContainer implements KubernetesRule {

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    container.securityContext().privileged()
        .filter(s -> s.asBoolean().orElse(false))
        .ifPresent(s -> report(container, s, ctx));
  }

  private static void report(Container container, Setting privileged, RuleContext ctx) {
    ctx.report(privileged.span(), container.label() + " of " + container.pod().owner().label()
        + " is privileged: it has every capability and the host's devices",
        "remove 'privileged: true' and add only the capabilities the container needs to "
            + "'securityContext.capabilities.add'");
  }
}
