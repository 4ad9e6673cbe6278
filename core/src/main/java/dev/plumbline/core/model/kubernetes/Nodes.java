package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small readers shared by the views; tolerant of wrong types (K8S000 reports those). */
final class Nodes {

  private Nodes() {}

  /** The mappings of a sequence field; other items are skipped. */
  static List<YamlMapping> mappings(YamlMapping owner, String key) {
    return owner.sequence(key).map(s -> s.items().stream()
        .filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast).toList())
        .orElse(List.of());
  }

  /** The scalar items of a sequence field, as strings. */
  static List<String> strings(YamlMapping owner, String key) {
    return owner.sequence(key).map(Nodes::strings).orElse(List.of());
  }

  static List<String> strings(YamlSequence sequence) {
    return sequence.items().stream().filter(YamlScalar.class::isInstance)
        .map(n -> ((YamlScalar) n).value()).toList();
  }

  /** A mapping of strings ({@code labels}, {@code annotations}), in file order. */
  static Map<String, String> stringMap(Optional<YamlMapping> mapping) {
    Map<String, String> map = new LinkedHashMap<>();
    mapping.ifPresent(m -> {
      for (YamlMapping.Entry e : m.entries()) {
        if (e.value() instanceof YamlScalar s) {
          map.put(e.keyText(), s.isNull() ? "" : s.value());
        }
      }
    });
    return map;
  }

  /** A boolean field, when written as a boolean. */
  static Optional<Boolean> bool(YamlMapping owner, String key) {
    return owner.scalar(key).flatMap(YamlScalar::asBoolean);
  }

  /** A scalar field that is not null. */
  static Optional<YamlScalar> scalar(YamlMapping owner, String key) {
    return owner.scalar(key).filter(s -> !s.isNull());
  }

  static Optional<YamlMapping> mapping(YamlNode node, String... path) {
    Optional<YamlMapping> at = node.asMapping();
    for (String key : path) {
      at = at.flatMap(m -> m.mapping(key));
    }
    return at;
  }
}
