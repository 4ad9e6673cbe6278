package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.LabelSelector;
import dev.plumbline.core.model.kubernetes.PodTemplate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the cross-object rules need to know about how a workload's pods are selected, and the
 * labels and selectors written out for their messages and hints.
 */
final class WorkloadSelectors {

  private WorkloadSelectors() {}

  /**
   * Whether the object is a Deployment, StatefulSet, DaemonSet, ReplicaSet or
   * ReplicationController with neither a selector nor pod labels: Kubernetes would reject it as
   * an object, so it is a Kustomize patch that changes a workload defined elsewhere, and the
   * pods it describes cannot be matched with any selector.
   */
  static boolean isPatch(KubeObject workload) {
    return workload.isKind("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
        "ReplicationController") && workload.selector().isEmpty()
        && workload.podTemplate().filter(t -> t.labels().isEmpty()).isPresent();
  }

  /** A label map in YAML flow style: {@code {app: web, tier: front}}. */
  static String text(Map<String, String> labels) {
    return labels.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /**
   * The labels a new selector for the workload's pods should match: the {@code matchLabels} of
   * the workload's own selector, else the labels of its pod template; empty when it has neither.
   */
  static Map<String, String> podLabels(KubeObject workload) {
    Map<String, String> selected = workload.selector().map(LabelSelector::matchLabels)
        .orElse(Map.of());
    if (!selected.isEmpty()) {
      return selected;
    }
    return workload.podTemplate().map(PodTemplate::labels).orElse(Map.of());
  }

  /** {@code 'podSelector: {matchLabels: {app: web}}'}, or a placeholder without labels. */
  static String selectorFor(String field, KubeObject workload) {
    Map<String, String> labels = podLabels(workload);
    return labels.isEmpty() ? "a '" + field + "' that matches its pod labels"
        : "'" + field + ": {matchLabels: " + text(labels) + "}'";
  }
}
