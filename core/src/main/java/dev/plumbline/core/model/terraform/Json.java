package dev.plumbline.core.model.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON as Terraform's {@code jsonencode} writes it and {@code jsondecode} reads it: object keys
 * sorted, numbers without exponent, and {@code <}, {@code >}, {@code &}, U+2028 and U+2029
 * escaped as in Go.
 */
final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Value.MAX_DEPTH).maxStringLength(1 << 20).maxNumberLength(400)
          .build())
      .build();

  private Json() {}

  /** A string as a JSON string literal. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** {@code jsonencode}: empty unless the value is wholly known. */
  static Optional<String> encode(Value value) {
    if (!value.isWhollyKnown()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    write(value, out);
    return Optional.of(out.toString());
  }

  private static void write(Value value, StringBuilder out) {
    switch (value.kind()) {
      case NULL -> out.append("null");
      case STRING -> out.append(quote(value.asString().orElseThrow()));
      case NUMBER, BOOL -> out.append(value.toText().orElseThrow());
      case LIST -> {
        out.append('[');
        String separator = "";
        for (Value element : value.asList().orElseThrow()) {
          out.append(separator);
          write(element, out);
          separator = ",";
        }
        out.append(']');
      }
      case MAP -> {
        out.append('{');
        String separator = "";
        for (Map.Entry<String, Value> e : value.asMap().orElseThrow().entrySet()) {
          out.append(separator).append(quote(e.getKey())).append(':');
          write(e.getValue(), out);
          separator = ",";
        }
        out.append('}');
      }
      default -> throw new IllegalStateException("not wholly known");
    }
  }

  /** {@code jsondecode}: the value of a JSON text; empty when it is not JSON or too large. */
  static Optional<Value> decode(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      Value value = read(parser, first);
      if (parser.nextToken() != null) {
        return Optional.empty();
      }
      return value.isKnown() ? Optional.of(value) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Value read(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        Map<String, Value> entries = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String key = parser.currentName();
          entries.put(key, read(parser, parser.nextToken()));
        }
        return Value.map(entries);
      }
      case START_ARRAY -> {
        List<Value> elements = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          elements.add(read(parser, t));
        }
        return Value.list(elements);
      }
      case VALUE_STRING -> {
        return Value.string(parser.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return Value.number(new BigDecimal(parser.getText()));
      }
      case VALUE_TRUE -> {
        return Value.TRUE;
      }
      case VALUE_FALSE -> {
        return Value.FALSE;
      }
      case VALUE_NULL -> {
        return Value.NULL;
      }
      default -> throw new IOException("unexpected " + token);
    }
  }
}
