package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.Resources;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A regular or init container without a cpu or a memory request, one finding per container that
 * names what is missing. A limit without a request counts as the request, since Kubernetes sets
 * the request to the limit; so does a pod-level request or limit (Kubernetes 1.32+), which the
 * pod's containers share. Ephemeral containers cannot have resources.
 */
@Rule(id = "K8S007", name = "missing-resource-requests", platform = Platform.KUBERNETES,
    severity = Severity.WARNING, tags = {"reliability", "resources"},
    summary = "Container has no cpu or memory request")
public final class MissingResourceRequests implements KubernetesRule {

  private static final List<String> RESOURCES = List.of("cpu", "memory");

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    if (container.kind() == Container.Kind.EPHEMERAL || Kustomize.isPatch(container)) {
      return;
    }
    Resources own = container.resources();
    Resources pod = container.pod().resources();
    List<String> missing = new ArrayList<>();
    for (String resource : RESOURCES) {
      if (!declares(own, resource) && !declares(pod, resource)) {
        missing.add(resource);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String what = missing.size() == 1 ? missing.get(0) + " request" : "cpu or memory requests";
    List<String> fields = missing.stream().map(r -> "'resources.requests." + r + "' (e.g. "
        + (r.equals("cpu") ? "250m" : "256Mi") + ")").toList();
    ctx.report(container.nameSpan(), container.label() + " of " + container.pod().owner().label()
        + " has no " + what + ", so the scheduler places it as if it needed none",
        "add " + String.join(" and ", fields) + " to " + container.label()
        + ", the amount it uses under normal load");
  }

  /** A request, or a limit that Kubernetes copies into the missing request. */
  private static boolean declares(Resources resources, String resource) {
    return resources.request(resource).isPresent() || resources.limit(resource).isPresent();
  }
}
