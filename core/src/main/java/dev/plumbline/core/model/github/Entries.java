package dev.plumbline.core.model.github;

import dev.plumbline.core.source.NodePath;
import dev.plumbline.core.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code env:}/{@code with:}-style mappings into entries with paths. */
final class Entries {

  private Entries() {}

  static List<EnvVar> of(YamlMapping owner, String key, NodePath ownerPath) {
    List<EnvVar> vars = new ArrayList<>();
    owner.mapping(key).ifPresent(m -> {
      NodePath base = ownerPath.key(key);
      for (YamlMapping.Entry e : m.entries()) {
        vars.add(new EnvVar(e, base.key(e.keyText())));
      }
    });
    return vars;
  }
}
