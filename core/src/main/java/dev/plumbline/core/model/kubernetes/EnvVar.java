package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;

/**
 * An item of a container's {@code env}: a literal {@code value} or a {@code valueFrom} reference.
 *
 * @param node the variable's mapping
 */
public record EnvVar(YamlMapping node) {

  public Optional<String> name() {
    return node.string("name");
  }

  public Optional<YamlScalar> nameScalar() {
    return Nodes.scalar(node, "name");
  }

  /** The literal value, when one is written. */
  public Optional<YamlScalar> value() {
    return Nodes.scalar(node, "value");
  }

  public Optional<YamlMapping> valueFrom() {
    return node.mapping("valueFrom");
  }

  /** Whether the value comes from a Secret ({@code valueFrom.secretKeyRef}). */
  public boolean fromSecret() {
    return valueFrom().map(v -> v.has("secretKeyRef")).orElse(false);
  }
}
