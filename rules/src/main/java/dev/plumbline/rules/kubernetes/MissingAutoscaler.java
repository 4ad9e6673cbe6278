package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.HorizontalPodAutoscaler;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.KubernetesProject;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectContext;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import java.util.List;

/**
 * Deployments and StatefulSets that no HorizontalPodAutoscaler of the scanned files scales
 * ({@code scaleTargetRef} with their kind and name, in their namespace). Off by default: a fixed
 * replica count is a deliberate choice for many workloads.
 */
@Rule(id = "K8S024", name = "missing-autoscaler", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"reliability", "scalability"}, enabledByDefault = false,
    summary = "Deployment or StatefulSet without a HorizontalPodAutoscaler")
public final class MissingAutoscaler implements KubernetesRule {

  @Override
  public void visitProject(KubernetesProject project, ProjectContext ctx) {
    List<HorizontalPodAutoscaler> autoscalers = project.ofKind("HorizontalPodAutoscaler")
        .stream().flatMap(o -> o.asHorizontalPodAutoscaler().stream()).toList();
    for (KubeObject workload : project.ofKind("Deployment", "StatefulSet")) {
      // a Kustomize patch changes a workload defined elsewhere, where it is judged
      if (workload.podTemplate().isEmpty() || WorkloadSelectors.isPatch(workload)
          || autoscalers.stream().anyMatch(a -> a.targets(workload))) {
        continue;
      }
      String name = workload.name().orElse("<name>");
      ctx.report(workload.path(), workload.kindSpan(), "no HorizontalPodAutoscaler in namespace '"
          + workload.namespace() + "' scales " + workload.label()
          + ", so its replica count stays fixed whatever the load",
          "add a HorizontalPodAutoscaler (autoscaling/v2) in namespace '" + workload.namespace()
              + "' with 'scaleTargetRef: {apiVersion: apps/v1, kind: " + workload.kindName()
              + ", name: " + name + "}', minReplicas, maxReplicas and a metric");
    }
  }
}
