package dev.plumbline.core.docker;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reference to a build argument or environment variable in a Dockerfile word: {@code $NAME},
 * {@code ${NAME}} or {@code ${NAME<operator><argument>}} such as {@code ${TAG:-latest}}.
 *
 * @param name     the variable's name
 * @param span     the whole reference, from {@code $} to the closing brace
 * @param operator the modifier, such as {@code :-}, {@code :+}, {@code -}, {@code #} or
 *                 {@code /}, if any
 * @param argument the text after the operator (the default of {@code ${TAG:-latest}}), as written
 */
public record VariableReference(String name, Span span, Optional<String> operator,
    Optional<String> argument) {

  private static final String[] OPERATORS = {":-", ":+", ":?", "##", "%%", "//", "-", "+", "?",
      "#", "%", "/"};

  /** Whether the reference supplies a value for an unset variable ({@code ${A:-x}}, {@code ${A-x}}). */
  public boolean hasDefault() {
    return operator.filter(o -> o.equals(":-") || o.equals("-")).isPresent();
  }

  static List<VariableReference> find(Word word, char escape) {
    String text = word.text();
    List<VariableReference> refs = new ArrayList<>();
    boolean inDouble = false;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == escape) {
        i += 2;
      } else if (c == '\'' && !inDouble) {
        int close = text.indexOf('\'', i + 1);
        i = close < 0 ? n : close + 1;
      } else if (c == '"') {
        inDouble = !inDouble;
        i++;
      } else if (c == '$' && i + 1 < n) {
        i = read(word, i, escape, refs);
      } else {
        i++;
      }
    }
    return List.copyOf(refs);
  }

  /** Reads a reference starting at the {@code $} at {@code at}; returns where scanning resumes. */
  private static int read(Word word, int at, char escape, List<VariableReference> refs) {
    String text = word.text();
    int n = text.length();
    if (text.charAt(at + 1) != '{') {
      int end = nameEnd(text, at + 1);
      if (end > at + 1) {
        refs.add(new VariableReference(text.substring(at + 1, end), word.spanOf(at, end),
            Optional.empty(), Optional.empty()));
      }
      return Math.max(end, at + 1);
    }
    int nameStart = at + 2;
    int nameEnd = nameEnd(text, nameStart);
    if (nameEnd == nameStart) {
      return at + 2;
    }
    int close = closingBrace(text, nameEnd, escape);
    if (close < 0) {
      return at + 2;
    }
    String rest = text.substring(nameEnd, close);
    Optional<String> operator = Optional.empty();
    Optional<String> argument = Optional.empty();
    if (!rest.isEmpty()) {
      for (String op : OPERATORS) {
        if (rest.startsWith(op)) {
          operator = Optional.of(op);
          argument = Optional.of(rest.substring(op.length()));
          break;
        }
      }
      if (operator.isEmpty()) {
        return close + 1; // not a form Docker knows; not a reference
      }
    }
    refs.add(new VariableReference(text.substring(nameStart, nameEnd),
        word.spanOf(at, close + 1), operator, argument));
    return close + 1;
  }

  private static int nameEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean ok = c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
          || i > start && c >= '0' && c <= '9';
      if (!ok) {
        break;
      }
      i++;
    }
    return i;
  }

  private static int closingBrace(String text, int from, char escape) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == escape) {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }
}
