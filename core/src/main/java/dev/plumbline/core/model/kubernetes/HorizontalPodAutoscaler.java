package dev.plumbline.core.model.kubernetes;

import java.util.Optional;

/**
 * A {@code HorizontalPodAutoscaler}.
 *
 * @param object the HPA object
 */
public record HorizontalPodAutoscaler(KubeObject object) {

  /** {@code spec.scaleTargetRef.kind}. */
  public Optional<String> targetKind() {
    return Nodes.mapping(object.node(), "spec", "scaleTargetRef").flatMap(r -> r.string("kind"));
  }

  /** {@code spec.scaleTargetRef.name}. */
  public Optional<String> targetName() {
    return Nodes.mapping(object.node(), "spec", "scaleTargetRef").flatMap(r -> r.string("name"));
  }

  public Optional<Long> minReplicas() {
    return object.spec().flatMap(s -> s.scalar("minReplicas")).flatMap(s ->
        s.asLong().isPresent() ? Optional.of(s.asLong().getAsLong()) : Optional.empty());
  }

  /** Whether the autoscaler scales the given workload (same namespace, kind and name). */
  public boolean targets(KubeObject workload) {
    return object.namespace().equals(workload.namespace())
        && targetKind().equals(workload.kind()) && targetName().equals(workload.name());
  }
}
