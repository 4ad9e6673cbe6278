package dev.plumbline.core.engine.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.rule.tool.ShellcheckLevel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One comment as ShellCheck wrote it: positions in its lines and code-point columns. */
  record Comment(int line, int column, int endLine, int endColumn, ShellcheckLevel level,
      int code, String message) {}

  private ShellcheckJson() {}

  static List<Comment> parse(byte[] json) throws ToolFailure {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw unreadable("it is not JSON");
    } catch (IOException e) {
      throw unreadable(e.getMessage());
    }
    if (root == null || !root.path("comments").isArray()) {
      throw unreadable("no \"comments\" array");
    }
    List<Comment> comments = new ArrayList<>();
    for (JsonNode c : root.path("comments")) {
      int line = number(c, "line");
      int column = number(c, "column");
      String levelName = text(c, "level");
      ShellcheckLevel level = ShellcheckLevel.fromLabel(levelName)
          .orElseThrow(() -> unreadable("unknown level \"" + levelName + "\""));
      // a comment that marks a position rather than a range may leave its end out
      int endLine = c.has("endLine") ? number(c, "endLine") : line;
      int endColumn = c.has("endColumn") ? number(c, "endColumn") : column;
      comments.add(new Comment(line, column, endLine, endColumn, level, number(c, "code"),
          text(c, "message")));
    }
    return comments;
  }

  private static int number(JsonNode comment, String field) throws ToolFailure {
    JsonNode value = comment.get(field);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()
        || value.intValue() < 0) {
      throw unreadable("a comment without a whole number \"" + field + "\"");
    }
    return value.intValue();
  }

  private static String text(JsonNode comment, String field) throws ToolFailure {
    JsonNode value = comment.get(field);
    if (value == null || !value.isTextual()) {
      throw unreadable("a comment without a text \"" + field + "\"");
    }
    return value.textValue();
  }

  private static ToolFailure unreadable(String why) {
    return new ToolFailure("printed output Plumbline cannot read (" + why + ")");
  }
}
