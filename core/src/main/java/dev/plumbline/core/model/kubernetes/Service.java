package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * A {@code Service}.
 *
 * @param object the Service object
 */
public record Service(KubeObject object) {

  /** The pod selector; empty for a Service without one (ExternalName, manual Endpoints). */
  public Optional<LabelSelector> selector() {
    return object.selector().filter(s -> !s.isEmpty());
  }

  /** {@code spec.type}, {@code ClusterIP} when absent. */
  public String type() {
    return object.spec().flatMap(s -> s.string("type")).orElse("ClusterIP");
  }

  public List<YamlMapping> ports() {
    return object.spec().map(s -> Nodes.mappings(s, "ports")).orElse(List.of());
  }
}
