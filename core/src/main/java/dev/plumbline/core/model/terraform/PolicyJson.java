package dev.plumbline.core.model.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON text — a policy written as a string or heredoc — into a {@link PolicyNode} tree
 * whose spans lead back to the file through a {@link TextMap}. Strings that hold
 * {@link #UNKNOWN_IN_STRING} or {@link #UNKNOWN_VALUE}, the stand-ins for interpolations whose
 * value is not known, are unknown.
 */
final class PolicyJson {

  /** Stands in for an unknown interpolation inside a JSON string. */
  static final char UNKNOWN_IN_STRING = '\uE000';
  /** Stands in for an unknown interpolation outside JSON strings (written as a string). */
  static final String UNKNOWN_VALUE = "\"\uE001\"";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Value.MAX_DEPTH).maxStringLength(Evaluator.MAX_STRING)
          .maxNumberLength(400).build())
      .build();

  private final TextMap map;
  private final String text;
  private final String path;

  private PolicyJson(TextMap map, String path) {
    this.map = map;
    this.text = map.text();
    this.path = path;
  }

  /** The tree of the JSON text; empty when the text is not JSON (or too large). */
  static Optional<PolicyNode> read(TextMap map, String path) {
    if (map.length() == 0 || map.length() > Evaluator.MAX_STRING) {
      return Optional.empty();
    }
    PolicyJson reader = new PolicyJson(map, path);
    try (JsonParser parser = FACTORY.createParser(reader.text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      PolicyNode root = reader.node(parser, first);
      return parser.nextToken() == null ? Optional.of(root) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private PolicyNode node(JsonParser parser, JsonToken token) throws IOException {
    int start = (int) parser.currentTokenLocation().getCharOffset();
    switch (token) {
      case START_OBJECT -> {
        Map<String, PolicyNode> members = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          members.put(name, node(parser, parser.nextToken()));
        }
        return new PolicyNode.Members(members, path, map.span(start, end(parser)));
      }
      case START_ARRAY -> {
        List<PolicyNode> elements = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          elements.add(node(parser, t));
        }
        return new PolicyNode.Elements(elements, path, map.span(start, end(parser)));
      }
      case VALUE_STRING -> {
        String value = parser.getText();
        int end = stringEnd(start);
        if (value.indexOf(UNKNOWN_IN_STRING) >= 0 || value.indexOf('\uE001') >= 0) {
          return new PolicyNode.Unknown(path, map.span(start, end));
        }
        return new PolicyNode.Scalar(value, path, map.span(start, end));
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
        String value = parser.getText();
        return new PolicyNode.Scalar(value, path, map.span(start, start + value.length()));
      }
      case VALUE_NULL -> {
        return new PolicyNode.Unknown(path, map.span(start, start + 4));
      }
      default -> throw new IOException("unexpected " + token);
    }
  }

  /** The end of the current token, a closing bracket or brace. */
  private static int end(JsonParser parser) {
    return (int) parser.currentTokenLocation().getCharOffset() + 1;
  }

  /** Just past the closing quote of the string that starts at {@code start}. */
  private int stringEnd(int start) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i + 1;
      }
    }
    return text.length();
  }
}
