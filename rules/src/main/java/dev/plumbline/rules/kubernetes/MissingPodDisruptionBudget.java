package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.KubernetesProject;
import dev.plumbline.core.model.kubernetes.PodDisruptionBudget;
import dev.plumbline.core.model.kubernetes.PodTemplate;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectContext;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Deployments and StatefulSets that ask for two or more replicas while no PodDisruptionBudget of
 * the scanned files selects their pods: a node drain may then evict all of them at once. Kustomize
 * patches (no pod template, or one without labels or selector) are not judged.
 */
@Rule(id = "K8S022", name = "missing-pod-disruption-budget", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"reliability"},
    summary = "Replicated Deployment or StatefulSet without a PodDisruptionBudget")
public final class MissingPodDisruptionBudget implements KubernetesRule {

  @Override
  public void visitProject(KubernetesProject project, ProjectContext ctx) {
    List<PodDisruptionBudget> budgets = project.ofKind("PodDisruptionBudget").stream()
        .flatMap(o -> o.asPodDisruptionBudget().stream()).toList();
    for (KubeObject workload : project.ofKind("Deployment", "StatefulSet")) {
      Optional<Long> replicas = workload.replicas();
      Optional<PodTemplate> template = workload.podTemplate();
      // no template, or one without labels or selector: a patch that only sets the count
      if (replicas.isEmpty() || replicas.get() < 2 || template.isEmpty()
          || WorkloadSelectors.isPatch(workload)
          || budgets.stream().anyMatch(b -> b.covers(template.get()))) {
        continue;
      }
      ctx.report(workload.path(), workload.kindSpan(), workload.label() + " runs "
          + replicas.get() + " replicas but no PodDisruptionBudget in namespace '"
          + workload.namespace() + "' selects its pods, so a node drain may evict them all at "
          + "once", "add a PodDisruptionBudget (policy/v1) in namespace '" + workload.namespace()
          + "' with " + WorkloadSelectors.selectorFor("selector", workload)
          + " and 'maxUnavailable: 1'");
    }
  }
}
