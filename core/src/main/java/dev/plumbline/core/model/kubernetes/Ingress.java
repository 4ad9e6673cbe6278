package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * An {@code Ingress}.
 *
 * @param object the Ingress object
 */
public record Ingress(KubeObject object) {

  /** {@code spec.rules}. */
  public List<YamlMapping> rules() {
    return object.spec().map(s -> Nodes.mappings(s, "rules")).orElse(List.of());
  }

  /** {@code spec.tls}, when written. */
  public Optional<YamlMapping.Entry> tls() {
    return object.spec().flatMap(s -> s.entry("tls")).filter(e -> !e.value().isNull());
  }
}
