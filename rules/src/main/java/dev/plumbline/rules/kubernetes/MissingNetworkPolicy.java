package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.KubernetesProject;
import dev.plumbline.core.model.kubernetes.NetworkPolicy;
import dev.plumbline.core.model.kubernetes.PodTemplate;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectContext;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;

/**
 * Workloads (Pods and everything with a pod template) whose pods no NetworkPolicy of the scanned
 * files selects: Kubernetes lets such pods talk to and be reached from anywhere. Off by default:
 * it needs the policies to be in the scanned set, and a network plugin that enforces them.
 */
@Rule(id = "K8S025", name = "missing-network-policy", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"security", "network"}, securitySeverity = 3.0,
    enabledByDefault = false, summary = "Workload whose pods no NetworkPolicy selects")
public final class MissingNetworkPolicy implements KubernetesRule {

  @Override
  public void visitProject(KubernetesProject project, ProjectContext ctx) {
    List<NetworkPolicy> policies = project.ofKind("NetworkPolicy").stream()
        .flatMap(o -> o.asNetworkPolicy().stream()).toList();
    for (PodTemplate template : project.podTemplates()) {
      KubeObject workload = template.owner();
      if (workload.isKind("PodTemplate") || WorkloadSelectors.isPatch(workload)
          || usesHostNetwork(template)
          || policies.stream().anyMatch(p -> p.selects(template))) {
        continue;
      }
      ctx.report(workload.path(), workload.kindSpan(), "no NetworkPolicy in namespace '"
          + workload.namespace() + "' selects the pods of " + workload.label()
          + ", so nothing restricts the traffic they receive or send",
          "add a NetworkPolicy in namespace '" + workload.namespace() + "' with "
              + WorkloadSelectors.selectorFor("podSelector", workload)
              + " that allows only the traffic they need, or a default-deny policy with "
              + "'podSelector: {}'");
    }
  }

  /**
   * Pods on the host's network are out of the reach of NetworkPolicies (host-namespace reports
   * them).
   */
  private static boolean usesHostNetwork(PodTemplate template) {
    return template.spec().flag("hostNetwork").flatMap(YamlScalar::asBoolean).orElse(false);
  }
}
