package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.HorizontalPodAutoscaler;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.KubernetesProject;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectContext;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/**
 * A Deployment written with {@code replicas: 1}: one pod, so a node drain, an eviction or a crash
 * takes the application down. A Deployment that a HorizontalPodAutoscaler of the scanned set
 * scales is not reported: the autoscaler, not {@code replicas}, decides its size.
 */
@Rule(id = "K8S032", name = "single-replica", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"reliability"}, enabledByDefault = false,
    summary = "Deployment runs a single replica")
public final class SingleReplica implements KubernetesRule {

  @Override
  public void visitProject(KubernetesProject project, ProjectContext ctx) {
    List<HorizontalPodAutoscaler> autoscalers = project.objects().stream()
        .flatMap(o -> o.asHorizontalPodAutoscaler().stream()).toList();
    for (KubeObject deployment : project.ofKind("Deployment")) {
      Optional<YamlScalar> replicas = deployment.spec().flatMap(s -> s.scalar("replicas"))
          .filter(s -> s.asLong().orElse(-1) == 1);
      if (replicas.isPresent() && autoscalers.stream().noneMatch(a -> a.targets(deployment))) {
        ctx.report(deployment.path(), replicas.get().span(), deployment.label()
            + " runs a single replica: a node drain or a crash stops it",
            "set 'replicas: 2' or more (with a PodDisruptionBudget), or scale it with a "
                + "HorizontalPodAutoscaler");
      }
    }
  }
}
