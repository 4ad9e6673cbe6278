package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlMapping;
import java.util.Optional;

/**
 * An item of a container's {@code volumeMounts}: where a volume of the pod appears in the
 * container.
 *
 * @param node the mount's mapping
 */
public record VolumeMount(YamlMapping node) {

  /** The name of the pod's volume that is mounted. */
  public Optional<String> name() {
    return node.string("name");
  }

  public Optional<String> mountPath() {
    return node.string("mountPath");
  }

  /** Whether the volume is mounted read-only ({@code readOnly: true}); false by default. */
  public boolean readOnly() {
    return Nodes.bool(node, "readOnly").orElse(false);
  }
}
