package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.PodSpec;
import dev.plumbline.core.rule.ProjectView;
import dev.plumbline.core.rule.RuleContext;
import java.util.List;

/**
 * What Kustomize changes in the files it builds from: patches, and images rewritten by a
 * kustomization's {@code images:}. A patch names a workload and its
 * containers only to change some fields; the container it changes is written elsewhere, with its
 * own image, resources and probes, so rules about fields a container lacks skip patches.
 */
final class Kustomize {

  private static final List<String> KUSTOMIZATION_FILES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private Kustomize() {}

  /**
   * Whether the container is part of a patch rather than a whole manifest: it has no
   * {@code image} (which every container needs), or its workload ({@code apps/v1}) has no
   * {@code spec.selector} (which the API requires).
   */
  static boolean isPatch(Container container) {
    return container.image().isEmpty() || lacksSelector(container.pod().owner());
  }

  /**
   * Whether the pod spec belongs to a patch: it has no containers, one of them is a patch, or its
   * workload lacks the selector {@code apps/v1} requires. What it leaves out (the service account,
   * say) comes from the object it is merged into.
   */
  static boolean isPatch(PodSpec pod) {
    return pod.containers().isEmpty() || lacksSelector(pod.owner())
        || pod.containers().stream().anyMatch(Kustomize::isPatch);
  }

  private static boolean lacksSelector(KubeObject owner) {
    return owner.apiVersion().filter("apps/v1"::equals).isPresent()
        && owner.isKind("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet")
        && owner.spec().map(s -> !s.has("selector")).orElse(true);
  }

  /**
   * Whether the file is in a Kustomize directory, whose {@code kustomization.yaml} may rewrite
   * what the file says (its {@code images:} sets tags and digests).
   */
  static boolean mayRewriteImages(RuleContext ctx) {
    return KUSTOMIZATION_FILES.stream()
        .anyMatch(f -> ctx.project().sibling(f) == ProjectView.Presence.PRESENT);
  }
}
