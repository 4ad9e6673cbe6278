package dev.plumbline.core.engine.external;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.plumbline.core.rule.tool.ShellcheckLevel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ShellCheck's {@code --format=json1} output:
 * <pre>{@code
 * {"comments": [{"file": "-", "line": 2, "endLine": 2, "column": 6, "endColumn": 8,
 *   "level": "info", "code": 2086, "message": "Double quote to prevent ...", "fix": {...}}]}
 * }</pre>
 * Fields it does not use ({@code file}, {@code fix}) are ignored; a missing or mistyped field it
 * needs makes the whole output unreadable.
 */
final class ShellcheckJson {

  /**
   * A streaming reader: ShellCheck's output is read once, and Jackson's object mapper would cost
   * a short run (a pre-commit hook on one workflow) more time to start than the rest of the lint.
   */
  private static final JsonFactory FACTORY = new JsonFactory();

  /** One comment as ShellCheck wrote it: positions in its lines and code-point columns. */
  record Comment(int line, int column, int endLine, int endColumn, ShellcheckLevel level,
      int code, String message) {}

  private ShellcheckJson() {}

  static List<Comment> parse(byte[] json) throws ToolFailure {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw unreadable("no \"comments\" array");
      }
      List<Comment> comments = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.getCurrentName();
        JsonToken value = parser.nextToken();
        if (field.equals("comments") && value == JsonToken.START_ARRAY) {
          comments = comments(parser);
        } else {
          parser.skipChildren();
        }
      }
      if (comments == null) {
        throw unreadable("no \"comments\" array");
      }
      return comments;
    } catch (JsonProcessingException e) {
      throw unreadable("it is not JSON");
    } catch (IOException e) {
      throw unreadable(e.getMessage());
    }
  }

  private static List<Comment> comments(JsonParser parser) throws IOException, ToolFailure {
    List<Comment> comments = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token != JsonToken.START_OBJECT) {
        throw unreadable("a comment that is not an object");
      }
      comments.add(comment(parser));
    }
    return comments;
  }

  private static Comment comment(JsonParser parser) throws IOException, ToolFailure {
    Map<String, Object> fields = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.getCurrentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == NumberType.INT) {
        fields.put(field, parser.getIntValue());
      } else if (value == JsonToken.VALUE_STRING) {
        fields.put(field, parser.getText());
      } else {
        fields.put(field, value); // a value of another kind: present, but not what is needed
        parser.skipChildren();
      }
    }
    int line = number(fields, "line");
    int column = number(fields, "column");
    String levelName = text(fields, "level");
    ShellcheckLevel level = ShellcheckLevel.fromLabel(levelName)
        .orElseThrow(() -> unreadable("unknown level \"" + levelName + "\""));
    // a comment that marks a position rather than a range may leave its end out
    int endLine = fields.containsKey("endLine") ? number(fields, "endLine") : line;
    int endColumn = fields.containsKey("endColumn") ? number(fields, "endColumn") : column;
    return new Comment(line, column, endLine, endColumn, level, number(fields, "code"),
        text(fields, "message"));
  }

  private static int number(Map<String, Object> comment, String field) throws ToolFailure {
    if (!(comment.get(field) instanceof Integer value) || value < 0) {
      throw unreadable("a comment without a whole number \"" + field + "\"");
    }
    return value;
  }

  private static String text(Map<String, Object> comment, String field) throws ToolFailure {
    if (!(comment.get(field) instanceof String value)) {
      throw unreadable("a comment without a text \"" + field + "\"");
    }
    return value;
  }

  private static ToolFailure unreadable(String why) {
    return new ToolFailure("printed output Plumbline cannot read (" + why + ")");
  }
}
