package dev.plumbline.core.hcl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads strict JSON (RFC 8259) into a tree that keeps every property, repeated ones too, in
 * order, with the offsets of every value and of every character of every string, as HCL's JSON
 * syntax needs.
 */
final class JsonReader {

  /** A JSON value and where it is: {@code [start, end)} offsets of the text. */
  sealed interface Node permits JsonObject, JsonArray, JsonString, JsonNumber, JsonLiteral {
    int start();

    int end();
  }

  record Member(JsonString key, Node value) {}

  record JsonObject(List<Member> members, int start, int end) implements Node {}

  record JsonArray(List<Node> elements, int start, int end) implements Node {}

  /**
   * A string: its decoded value and, when it has escapes, the offset where each decoded
   * character is written ({@code null} when character {@code i} is at {@code start + 1 + i}).
   */
  record JsonString(String value, int[] offsets, int start, int end) implements Node {
    int offsetOf(int index) {
      if (index >= value.length()) {
        return end - 1;
      }
      return offsets == null ? start + 1 + index : offsets[index];
    }
  }

  record JsonNumber(String text, int start, int end) implements Node {}

  /** {@code true}, {@code false} or {@code null}. */
  record JsonLiteral(String text, int start, int end) implements Node {}

  /** Not JSON, at {@code [start, end)}. */
  static final class JsonError extends Exception {
    private static final long serialVersionUID = 1L;
    final int start;
    final int end;
    final boolean limit;

    JsonError(int start, int end, String message, boolean limit) {
      super(message, null, false, false);
      this.start = start;
      this.end = end;
      this.limit = limit;
    }
  }

  private final String text;
  private int p;
  private int depth;

  private JsonReader(String text) {
    this.text = text;
  }

  static Node read(String text) throws JsonError {
    JsonReader reader = new JsonReader(text);
    reader.skipSpace();
    Node value = reader.value();
    reader.skipSpace();
    if (reader.p < text.length()) {
      throw reader.error(reader.p, "unexpected " + reader.found() + " after the JSON value");
    }
    return value;
  }

  private Node value() throws JsonError {
    if (p >= text.length()) {
      throw error(p, "expected a JSON value, found the end of the file");
    }
    char c = text.charAt(p);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true");
      case 'f':
        return literal("false");
      case 'n':
        return literal("null");
      default:
        if (c == '-' || c >= '0' && c <= '9') {
          return number();
        }
        throw error(p, "expected a JSON value, found " + found());
    }
  }

  private Node object() throws JsonError {
    int start = p;
    nest(start);
    p++;
    List<Member> members = new ArrayList<>();
    skipSpace();
    if (peek() == '}') {
      p++;
      depth--;
      return new JsonObject(members, start, p);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error(p, p >= text.length() ? "no '}' closes the '{' at offset " + start
            : "expected a property name in double quotes, found " + found());
      }
      JsonString key = string();
      skipSpace();
      if (peek() != ':') {
        throw error(p, "expected ':' after the property name, found " + found());
      }
      p++;
      skipSpace();
      members.add(new Member(key, value()));
      skipSpace();
      char c = peek();
      if (c == '}') {
        p++;
        depth--;
        return new JsonObject(members, start, p);
      }
      if (c != ',') {
        throw error(p, "expected ',' or '}' after a property, found " + found());
      }
      p++;
    }
  }

  private Node array() throws JsonError {
    int start = p;
    nest(start);
    p++;
    List<Node> elements = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      p++;
      depth--;
      return new JsonArray(elements, start, p);
    }
    while (true) {
      skipSpace();
      elements.add(value());
      skipSpace();
      char c = peek();
      if (c == ']') {
        p++;
        depth--;
        return new JsonArray(elements, start, p);
      }
      if (c != ',') {
        throw error(p, "expected ',' or ']' after an array element, found " + found());
      }
      p++;
    }
  }

  private JsonString string() throws JsonError {
    int start = p;
    p++;
    StringBuilder value = null;
    int[] offsets = null;
    int runStart = p;
    while (true) {
      if (p >= text.length()) {
        throw new JsonError(start, p, "unterminated string; add the closing '\"'", false);
      }
      char c = text.charAt(p);
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        throw new JsonError(start, p, c == '\n' || c == '\r'
            ? "unterminated string; add the closing '\"' (write a line break as \\n)"
            : String.format("control character U+%04X in a string; escape it", (int) c), false);
      }
      if (c != '\\') {
        if (value != null) {
          offsets = put(offsets, value.length(), p);
          value.append(c);
        }
        p++;
        continue;
      }
      if (value == null) {
        value = new StringBuilder(text.substring(runStart, p));
        offsets = new int[Math.max(16, value.length() * 2)];
        for (int i = 0; i < value.length(); i++) {
          offsets[i] = runStart + i;
        }
      }
      int escape = p;
      char decoded = escape();
      offsets = put(offsets, value.length(), escape);
      value.append(decoded);
    }
    p++;
    if (value == null) {
      return new JsonString(text.substring(start + 1, p - 1), null, start, p);
    }
    return new JsonString(value.toString(), Arrays.copyOf(offsets, value.length()), start, p);
  }

  private static int[] put(int[] offsets, int index, int offset) {
    int[] result = index < offsets.length ? offsets : Arrays.copyOf(offsets, offsets.length * 2);
    result[index] = offset;
    return result;
  }

  /** Decodes the escape at {@code p} (a backslash) and moves past it. */
  private char escape() throws JsonError {
    int start = p;
    if (p + 1 >= text.length()) {
      throw new JsonError(start, p + 1, "unterminated string; add the closing '\"'", false);
    }
    char c = text.charAt(p + 1);
    p += 2;
    switch (c) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        int value = 0;
        for (int i = 0; i < 4; i++) {
          int digit = p < text.length() ? Character.digit(text.charAt(p), 16) : -1;
          if (digit < 0) {
            throw new JsonError(start, p, "'\\u' must be followed by four hexadecimal digits",
                false);
          }
          value = value * 16 + digit;
          p++;
        }
        return (char) value;
      default:
        throw new JsonError(start, p, "'\\" + c + "' is not a JSON escape", false);
    }
  }

  private Node number() throws JsonError {
    int start = p;
    if (peek() == '-') {
      p++;
    }
    if (peek() == '0') {
      p++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error(start, "malformed number");
    }
    if (peek() == '.') {
      p++;
      if (!isDigit(peek())) {
        throw error(start, "malformed number: digits must follow '.'");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      p++;
      if (peek() == '+' || peek() == '-') {
        p++;
      }
      if (!isDigit(peek())) {
        throw error(start, "malformed number: digits must follow the exponent");
      }
      digits();
    }
    return new JsonNumber(text.substring(start, p), start, p);
  }

  private void digits() {
    while (isDigit(peek())) {
      p++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Node literal(String word) throws JsonError {
    if (!text.startsWith(word, p)) {
      throw error(p, "expected a JSON value, found " + found());
    }
    int start = p;
    p += word.length();
    return new JsonLiteral(word, start, p);
  }

  private void nest(int at) throws JsonError {
    if (++depth > ParserBase.MAX_DEPTH) {
      throw new JsonError(at, at + 1, "nesting deeper than " + ParserBase.MAX_DEPTH
          + " levels", true);
    }
  }

  private void skipSpace() {
    while (p < text.length()) {
      char c = text.charAt(p);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      p++;
    }
  }

  private char peek() {
    return p < text.length() ? text.charAt(p) : 0;
  }

  private String found() {
    return p >= text.length() ? "the end of the file" : Lexer.describe(text.codePointAt(p));
  }

  private JsonError error(int at, String message) {
    int end = at < text.length() ? at + Character.charCount(text.codePointAt(at)) : at;
    return new JsonError(at, end, message, false);
  }
}
