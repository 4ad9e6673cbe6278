package dev.plumbline.core.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON array of an exec-form instruction ({@code ["app", "--serve"]}) with the place
 * of every string, or says why it is not one.
 */
final class JsonArrayReader {

  /**
   * The outcome: {@link #strings} when valid; else {@link #error} and where it was found
   * ({@code [errorAt, errorEnd)}).
   */
  record Result(List<Word> strings, int end, String error, int errorAt, int errorEnd,
      boolean nonString) {
    boolean valid() {
      return error == null;
    }
  }

  /** Deeper nesting than any exec form needs is not read, so it cannot exhaust the stack. */
  private static final int MAX_DEPTH = 32;

  private final JoinedText source;
  private final String text;
  private final int limit;
  private int at;

  private JsonArrayReader(JoinedText source, int from, int to) {
    this.source = source;
    this.text = source.text();
    this.limit = to;
    this.at = from;
  }

  /** Reads the array starting at {@code from} (a {@code [}); {@code end} is where it stopped. */
  static Result read(JoinedText source, int from, int to) {
    return new JsonArrayReader(source, from, to).array();
  }

  private Result array() {
    List<Word> strings = new ArrayList<>();
    int nonString = -1;
    int nonStringEnd = -1;
    at++; // '['
    space();
    if (peek() == ']') {
      return new Result(strings, at + 1, null, -1, -1, false);
    }
    while (true) {
      space();
      if (peek() == '"') {
        int start = at;
        String value = string();
        if (value == null) {
          return failure(strings, "unterminated or malformed string");
        }
        strings.add(new Word(source, start, at, Word.Reading.JSON, '\\', value));
      } else {
        int start = at;
        if (!otherValue(1)) {
          return failure(strings, peek() == '\''
              ? "strings must be in double quotes (\"), not single quotes"
              : "expected a string");
        }
        if (nonString < 0) {
          nonString = start;
          nonStringEnd = at;
        }
      }
      space();
      char c = peek();
      if (c == ',') {
        at++;
        space();
        if (peek() == ']') {
          return failure(strings, "a comma before ']' is not allowed in JSON");
        }
      } else if (c == ']') {
        return nonString < 0 ? new Result(strings, at + 1, null, -1, -1, false)
            : new Result(strings, at + 1, "the array holds a value that is not a string",
                nonString, nonStringEnd, true);
      } else {
        return failure(strings, at >= limit ? "the array is not closed with ']'"
            : "expected ',' or ']'");
      }
    }
  }

  /** A failure at the current character (or at the end of the text). */
  private Result failure(List<Word> strings, String message) {
    int where = Math.min(at, limit);
    return new Result(strings, at, message, where, Math.min(where + 1, limit), false);
  }

  private char peek() {
    return at < limit ? text.charAt(at) : '\0';
  }

  private void space() {
    while (at < limit) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  /** Reads a string at {@code at}; null when malformed. */
  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (at < limit) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        return null;
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= limit) {
        return null;
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > limit) {
            return null;
          }
          try {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException ex) {
            return null;
          }
          at += 4;
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  /** Skips a JSON value that is not a string; false when it is not valid JSON. */
  private boolean otherValue(int depth) {
    char c = peek();
    if ((c == '[' || c == '{') && depth > MAX_DEPTH) {
      return false;
    }
    if (c == '[' || c == '{') {
      char close = c == '[' ? ']' : '}';
      at++;
      space();
      if (peek() == close) {
        at++;
        return true;
      }
      while (true) {
        space();
        if (close == '}') {
          if (peek() != '"' || string() == null) {
            return false;
          }
          space();
          if (peek() != ':') {
            return false;
          }
          at++;
          space();
        }
        if (!(peek() == '"' ? string() != null : otherValue(depth + 1))) {
          return false;
        }
        space();
        if (peek() == ',') {
          at++;
        } else if (peek() == close) {
          at++;
          return true;
        } else {
          return false;
        }
      }
    }
    for (String literal : new String[] {"true", "false", "null"}) {
      if (text.startsWith(literal, at) && at + literal.length() <= limit) {
        at += literal.length();
        return true;
      }
    }
    int start = at;
    if (peek() == '-') {
      at++;
    }
    while (at < limit
        && (Character.isDigit(text.charAt(at)) || ".eE+-".indexOf(text.charAt(at)) >= 0)) {
      at++;
    }
    return at > start && Character.isDigit(text.charAt(at - 1));
  }
}
