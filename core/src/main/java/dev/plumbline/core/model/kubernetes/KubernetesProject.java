package dev.plumbline.core.model.kubernetes;

import java.util.List;

/**
 * Every Kubernetes object of a run, across files, in file order: what cross-object rules (a
 * Deployment without a PodDisruptionBudget, a Service that selects no pods) look at. Objects are
 * matched by {@link KubeObject#namespace()} and by label selectors.
 */
public final class KubernetesProject {

  private final List<KubeObject> objects;

  public KubernetesProject(List<KubeObject> objects) {
    this.objects = List.copyOf(objects);
  }

  public List<KubeObject> objects() {
    return objects;
  }

  /** The objects of the given kinds. */
  public List<KubeObject> ofKind(String... kinds) {
    return objects.stream().filter(o -> o.isKind(kinds)).toList();
  }

  /** The objects applied to a namespace ({@code ""} for cluster-scoped ones). */
  public List<KubeObject> inNamespace(String namespace) {
    return objects.stream().filter(o -> o.namespace().equals(namespace)).toList();
  }

  /** The pod templates of every Pod and workload. */
  public List<PodTemplate> podTemplates() {
    return objects.stream().flatMap(o -> o.podTemplate().stream()).toList();
  }
}
