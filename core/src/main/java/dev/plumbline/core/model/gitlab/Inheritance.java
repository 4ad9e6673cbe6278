package dev.plumbline.core.model.gitlab;

import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.Optional;

/** A job's {@code inherit:default} and {@code inherit:variables}: true, false or a list. */
final class Inheritance {

  private Inheritance() {}

  static boolean inherits(YamlMapping job, String what, String keyword) {
    Optional<YamlNode> setting = job.mapping("inherit").flatMap(m -> m.get(what));
    if (setting.isEmpty() || setting.get().isNull()) {
      return true;
    }
    if (setting.get() instanceof YamlScalar s) {
      return s.asBoolean().orElse(true);
    }
    return setting.get() instanceof YamlSequence seq && seq.items().stream()
        .anyMatch(i -> i instanceof YamlScalar s && s.value().equals(keyword));
  }
}
