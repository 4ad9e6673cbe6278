package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;

/**
 * A {@code PodDisruptionBudget}.
 *
 * @param object the PDB object
 */
public record PodDisruptionBudget(KubeObject object) {

  /** {@code spec.selector}; a PDB without one selects no pods. */
  public Optional<LabelSelector> selector() {
    return object.selector();
  }

  public Optional<YamlScalar> minAvailable() {
    return object.spec().flatMap(s -> Nodes.scalar(s, "minAvailable"));
  }

  public Optional<YamlScalar> maxUnavailable() {
    return object.spec().flatMap(s -> Nodes.scalar(s, "maxUnavailable"));
  }

  /**
   * Whether the budget selects the pods of a template in the same namespace. An empty selector
   * ({@code selector: {}}) selects every pod of the namespace in {@code policy/v1} and none in
   * {@code policy/v1beta1}; a missing selector selects none.
   */
  public boolean covers(PodTemplate template) {
    return object.namespace().equals(template.owner().namespace())
        && selector().filter(s -> !s.isEmpty() || selectsAllWhenEmpty())
            .map(s -> s.matches(template.labels())).orElse(false);
  }

  private boolean selectsAllWhenEmpty() {
    return object.apiVersion().filter(v -> !v.equals("policy/v1beta1")).isPresent();
  }
}
