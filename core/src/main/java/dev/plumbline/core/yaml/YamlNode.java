package dev.plumbline.core.yaml;

import dev.plumbline.core.source.Span;
import java.util.Optional;

/**
 * A node of a positioned YAML tree. Aliases are resolved: an alias yields the very node its
 * anchor names, so a finding on it points at the text where the value is written.
 */
public sealed interface YamlNode permits YamlNodeBase {

  /** Where the node is written; for block collections, from the first to the last child. */
  Span span();

  /**
   * The node's tag: a YAML 1.2 core schema tag ({@code tag:yaml.org,2002:str},
   * {@code ...:map}), or a custom tag as written, such as {@code !reference}.
   */
  String tag();

  /** Whether the node carries a tag outside the YAML schema, such as GitLab's {@code !reference}. */
  boolean customTag();

  default Optional<YamlMapping> asMapping() {
    return this instanceof YamlMapping m ? Optional.of(m) : Optional.empty();
  }

  default Optional<YamlSequence> asSequence() {
    return this instanceof YamlSequence s ? Optional.of(s) : Optional.empty();
  }

  default Optional<YamlScalar> asScalar() {
    return this instanceof YamlScalar s ? Optional.of(s) : Optional.empty();
  }

  /** Whether the node is the null scalar ({@code null}, {@code ~} or nothing at all). */
  default boolean isNull() {
    return this instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL;
  }

  /** A word for messages: "a mapping", "a sequence", "a string", "a number", ... */
  String kindName();
}
