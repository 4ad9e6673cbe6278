package dev.plumbline.core.rule;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/** The types a {@link RuleOption} can have, as Java fields and as configuration values. */
public enum OptionType {
  STRING("string", "a string"),
  BOOLEAN("boolean", "true or false"),
  INTEGER("integer", "a whole number"),
  STRING_LIST("array", "a list of strings");

  private final String jsonSchemaType;
  private final String description;

  OptionType(String jsonSchemaType, String description) {
    this.jsonSchemaType = jsonSchemaType;
    this.description = description;
  }

  /** The JSON Schema {@code type} of a value of this option type. */
  public String jsonSchemaType() {
    return jsonSchemaType;
  }

  /** What a value must be, for messages: "a list of strings". */
  public String description() {
    return description;
  }

  /** Whether {@code value} (a String, Boolean, Integer or List of Strings) has this type. */
  public boolean accepts(Object value) {
    return switch (this) {
      case STRING -> value instanceof String;
      case BOOLEAN -> value instanceof Boolean;
      case INTEGER -> value instanceof Integer;
      case STRING_LIST -> value instanceof List<?> list
          && list.stream().allMatch(String.class::isInstance);
    };
  }

  /** The option type of a field, if it is one of the supported ones. */
  static Optional<OptionType> of(Field field) {
    Class<?> type = field.getType();
    if (type == String.class) {
      return Optional.of(STRING);
    }
    if (type == boolean.class) {
      return Optional.of(BOOLEAN);
    }
    if (type == int.class) {
      return Optional.of(INTEGER);
    }
    if (type == List.class && field.getGenericType() instanceof ParameterizedType p) {
      Type[] args = p.getActualTypeArguments();
      if (args.length == 1 && args[0] == String.class) {
        return Optional.of(STRING_LIST);
      }
    }
    return Optional.empty();
  }
}
