package dev.plumbline.core.model.github;

import dev.plumbline.core.source.NodePath;
import dev.plumbline.core.yaml.YamlMapping;

/**
 * One entry of an {@code env:} or {@code with:} mapping.
 *
 * @param entry the key and value as written
 * @param path  where it is, e.g. {@code jobs.build.steps[1].env.TOKEN}
 */
public record EnvVar(YamlMapping.Entry entry, NodePath path) {

  public String name() {
    return entry.keyText();
  }
}
