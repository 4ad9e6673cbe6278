package dev.plumbline.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.math.BigInteger;

/**
 * A positioned YAML tree as the JSON an editor's schema checker sees: scalars by their YAML 1.2
 * core schema type, merge keys already applied by the parser.
 */
final class YamlJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private YamlJson() {}

  static JsonNode of(YamlNode node) {
    if (node instanceof YamlMapping mapping) {
      ObjectNode object = JSON.objectNode();
      mapping.entries().forEach(e -> object.set(e.keyText(), of(e.value())));
      return object;
    }
    if (node instanceof YamlSequence sequence) {
      ArrayNode array = JSON.arrayNode();
      sequence.items().forEach(item -> array.add(of(item)));
      return array;
    }
    YamlScalar scalar = (YamlScalar) node;
    return switch (scalar.type()) {
      case NULL -> JSON.nullNode();
      case BOOL -> JSON.booleanNode(scalar.asBoolean().orElseThrow());
      case INT -> scalar.asLong().isPresent() ? JSON.numberNode(scalar.asLong().getAsLong())
          : JSON.numberNode(new BigInteger(scalar.value()));
      case FLOAT -> JSON.numberNode(Double.parseDouble(scalar.value()));
      case STRING, OTHER -> JSON.textNode(scalar.value());
    };
  }
}
