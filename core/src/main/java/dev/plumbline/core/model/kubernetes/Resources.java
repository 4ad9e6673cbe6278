package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;

/**
 * A container's {@code resources}: requests and limits, each a quantity string as written
 * ({@code 250m}, {@code 512Mi}, {@code 1}).
 *
 * @param node the {@code resources} mapping, when present
 */
public record Resources(Optional<YamlMapping> node) {

  /** {@code requests.<resource>}, such as {@code request("memory")}. */
  public Optional<YamlScalar> request(String resource) {
    return quantity("requests", resource);
  }

  /** {@code limits.<resource>}. */
  public Optional<YamlScalar> limit(String resource) {
    return quantity("limits", resource);
  }

  private Optional<YamlScalar> quantity(String group, String resource) {
    return node.flatMap(n -> n.mapping(group)).flatMap(g -> Nodes.scalar(g, resource))
        .filter(s -> !s.value().isBlank());
  }
}
