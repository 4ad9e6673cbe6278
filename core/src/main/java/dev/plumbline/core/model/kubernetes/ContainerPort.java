package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An item of a container's {@code ports}.
 *
 * @param node the port's mapping
 */
public record ContainerPort(YamlMapping node) {

  public Optional<YamlScalar> containerPort() {
    return Nodes.scalar(node, "containerPort");
  }

  /** The port number, when written as an integer. */
  public OptionalLong number() {
    return containerPort().map(YamlScalar::asLong).orElse(OptionalLong.empty());
  }

  public Optional<YamlScalar> hostPort() {
    return Nodes.scalar(node, "hostPort");
  }

  /** {@code TCP} unless written otherwise. */
  public String protocol() {
    return node.string("protocol").map(p -> p.toUpperCase(Locale.ROOT)).orElse("TCP");
  }

  public Optional<String> name() {
    return node.string("name");
  }
}
