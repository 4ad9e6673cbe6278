package dev.plumbline.core.engine.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.report.JsonOutput;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline file: UTF-8 JSON written like the JSON report ({@link JsonOutput}: two-space
 * indentation, {@code \n} line breaks, terminal-unsafe characters escaped), entries in
 * {@link BaselineEntry#ORDER}, so that the same findings always give the same bytes and a
 * re-written baseline diffs cleanly.
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "tool": "plumbline",
 *   "findings": [
 *     {
 *       "rule": "GHA001",
 *       "path": ".github/workflows/ci.yml",
 *       "fingerprint": "5e0d3c1f9a7b2e64",
 *       "line": 12,
 *       "message": "action 'docker/login-action' is pinned to the tag 'v3', not a commit SHA"
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Reading is strict: an unknown field, a missing or mistyped one, a duplicate key or another
 * {@code version} is an error that names its line and column. {@code tool}, {@code line} and
 * {@code message} may be left out.
 */
public final class BaselineFile {

  /** The format version this class reads and writes. */
  public static final int VERSION = 1;

  private static final String TOOL = "plumbline";
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private BaselineFile() {}

  /** Writes the baseline to {@code file}, creating its directory if needed. */
  public static void write(Baseline baseline, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(baseline, out);
    }
  }

  /** Writes the baseline; the writer is left open. */
  public static void write(Baseline baseline, Writer out) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode()
        .put("version", VERSION)
        .put("tool", TOOL);
    ArrayNode findings = root.putArray("findings");
    for (BaselineEntry e : baseline.entries()) {
      findings.addObject()
          .put("rule", e.rule())
          .put("path", e.path())
          .put("fingerprint", e.fingerprint())
          .put("line", e.line())
          .put("message", e.message());
    }
    JsonOutput.write(root, out);
    out.flush();
  }

  /**
   * Reads a baseline file.
   *
   * @param name how the file is named in error messages
   * @throws IOException              when the file cannot be read
   * @throws BaselineFormatException  when it is not a baseline
   */
  public static Baseline read(Path file, String name) throws IOException, BaselineFormatException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, name);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new BaselineFormatException(name + ": not valid UTF-8");
    }
  }

  /** Reads a baseline from text. */
  public static Baseline read(Reader in, String name) throws IOException, BaselineFormatException {
    try (JsonParser json = JSON.createParser(in)) {
      return new Parse(json, name).baseline();
    } catch (JsonProcessingException e) {
      // malformed JSON, or a key given twice
      throw error(name, e.getLocation(), jacksonMessage(e.getOriginalMessage()));
    }
  }

  private static BaselineFormatException error(String name, JsonLocation at, String message) {
    if (at == null || at.getLineNr() < 1 || at.getColumnNr() < 1) {
      return new BaselineFormatException(name + ": " + message);
    }
    return new BaselineFormatException(name + ":" + at.getLineNr() + ":" + at.getColumnNr()
        + ": " + message);
  }

  /** Jackson's message without its second line and its "(... [Source: ...])" tail. */
  private static String jacksonMessage(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    int source = line.indexOf("[Source:");
    int open = source < 0 ? -1 : line.lastIndexOf(" (", source);
    return open < 0 ? line : line.substring(0, open);
  }

  /** One reading of a baseline, with the parser positioned on the current token. */
  private static final class Parse {
    private final JsonParser json;
    private final String name;

    Parse(JsonParser json, String name) {
      this.json = json;
      this.name = name;
    }

    Baseline baseline() throws IOException, BaselineFormatException {
      JsonToken first = json.nextToken();
      if (first == null) {
        throw new BaselineFormatException(name + ": the file is empty; a baseline is a JSON "
            + "object with \"version\" and \"findings\"");
      }
      if (first != JsonToken.START_OBJECT) {
        throw fail("a baseline is a JSON object with \"version\" and \"findings\"");
      }
      JsonLocation start = json.currentTokenLocation();
      Integer version = null;
      List<BaselineEntry> entries = null;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonLocation at = json.currentTokenLocation();
        json.nextToken();
        switch (field) {
          case "version" -> {
            version = integer(field);
            if (version != VERSION) {
              throw fail("baseline version " + version + " is not supported (this Plumbline "
                  + "reads version " + VERSION + "); write the baseline again");
            }
          }
          case "tool" -> text(field);
          case "findings" -> entries = findings();
          default -> throw error(name, at,
              "unknown field '" + field + "' (fields: version, tool, findings)");
        }
      }
      if (json.nextToken() != null) {
        throw fail("unexpected content after the baseline object");
      }
      if (version == null) {
        throw error(name, start, "missing field 'version'");
      }
      if (entries == null) {
        throw error(name, start, "missing field 'findings'");
      }
      return new Baseline(entries);
    }

    private List<BaselineEntry> findings() throws IOException, BaselineFormatException {
      if (json.currentToken() != JsonToken.START_ARRAY) {
        throw fail("'findings' must be an array");
      }
      List<BaselineEntry> entries = new ArrayList<>();
      while (json.nextToken() != JsonToken.END_ARRAY) {
        entries.add(entry());
      }
      return entries;
    }

    private BaselineEntry entry() throws IOException, BaselineFormatException {
      if (json.currentToken() != JsonToken.START_OBJECT) {
        throw fail("each finding must be an object with rule, path and fingerprint");
      }
      JsonLocation start = json.currentTokenLocation();
      String rule = null;
      String path = null;
      String fingerprint = null;
      int line = 0;
      String message = "";
      Set<String> seen = new HashSet<>();
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonLocation at = json.currentTokenLocation();
        seen.add(field);
        json.nextToken();
        switch (field) {
          case "rule" -> rule = text(field);
          case "path" -> path = text(field);
          case "fingerprint" -> fingerprint = text(field);
          case "line" -> line = integer(field);
          case "message" -> message = text(field);
          default -> throw error(name, at, "unknown field '" + field
              + "' (fields: rule, path, fingerprint, line, message)");
        }
      }
      for (String required : List.of("rule", "path", "fingerprint")) {
        if (!seen.contains(required)) {
          throw error(name, start, "missing field '" + required + "'");
        }
      }
      return new BaselineEntry(rule, path, fingerprint, line, message);
    }

    private String text(String field) throws IOException, BaselineFormatException {
      if (json.currentToken() != JsonToken.VALUE_STRING) {
        throw fail("'" + field + "' must be a string");
      }
      return json.getText();
    }

    private int integer(String field) throws IOException, BaselineFormatException {
      if (json.currentToken() != JsonToken.VALUE_NUMBER_INT
          || json.getNumberType() != JsonParser.NumberType.INT || json.getIntValue() < 0) {
        throw fail("'" + field + "' must be a whole number, 0 or more");
      }
      return json.getIntValue();
    }

    private BaselineFormatException fail(String message) {
      return error(name, json.currentTokenLocation(), message);
    }
  }
}
