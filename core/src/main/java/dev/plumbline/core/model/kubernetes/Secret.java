package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@code Secret}.
 *
 * @param object the Secret object
 */
public record Secret(KubeObject object) {

  /** {@code type}, {@code Opaque} when absent. */
  public String type() {
    return object.node().string("type").orElse("Opaque");
  }

  /** The entries of {@code data} (base64) and {@code stringData} (plain), in file order. */
  public List<YamlMapping.Entry> entries() {
    return Stream.of("data", "stringData")
        .flatMap(f -> object.node().mapping(f).stream())
        .flatMap(m -> m.entries().stream()).toList();
  }

  /** The {@code data:} or {@code stringData:} entry, for findings about the values as a whole. */
  public Optional<YamlMapping.Entry> dataEntry() {
    return object.node().entry("data").or(() -> object.node().entry("stringData"));
  }
}
