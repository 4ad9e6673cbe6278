package dev.plumbline.core.model.kubernetes;

import java.util.List;
import java.util.Optional;

/**
 * A {@code NetworkPolicy}.
 *
 * @param object the NetworkPolicy object
 */
public record NetworkPolicy(KubeObject object) {

  /**
   * {@code spec.podSelector}: the pods the policy applies to in its namespace; an empty
   * selector ({@code podSelector: {}}) selects them all.
   */
  public Optional<LabelSelector> podSelector() {
    return object.spec().flatMap(s -> s.mapping("podSelector")).map(LabelSelector::of);
  }

  /** {@code spec.policyTypes} as written ({@code Ingress}, {@code Egress}). */
  public List<String> policyTypes() {
    return object.spec().map(s -> Nodes.strings(s, "policyTypes")).orElse(List.of());
  }

  /** Whether the policy applies to the pods of a template in the same namespace. */
  public boolean selects(PodTemplate template) {
    return object.namespace().equals(template.owner().namespace())
        && podSelector().map(s -> s.matches(template.labels())).orElse(false);
  }
}
