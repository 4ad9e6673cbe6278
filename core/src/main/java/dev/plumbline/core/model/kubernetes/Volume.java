package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;

/**
 * An item of a pod spec's {@code volumes}.
 *
 * @param node the volume's mapping
 */
public record Volume(YamlMapping node) {

  public Optional<String> name() {
    return node.string("name");
  }

  /** {@code hostPath.path} of a hostPath volume. */
  public Optional<YamlScalar> hostPath() {
    return node.mapping("hostPath").flatMap(h -> Nodes.scalar(h, "path"));
  }
}
