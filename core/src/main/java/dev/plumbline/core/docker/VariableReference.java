package dev.plumbline.core.docker;

import dev.plumbline.core.source.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

  /** Whether it supplies a value for an unset variable: {@code ${A:-x}}, {@code ${A-x}}. */
  public boolean hasDefault() {
    return operator.filter(o -> o.equals(":-") || o.equals("-")).isPresent();
  }

  /**
   * The references of a word, outermost only ({@code ${A:-$B}} is one reference), in one pass:
   * open {@code ${NAME} braces are kept on a stack until their closing brace.
   */
  static List<VariableReference> find(Word word, char escape) {
    String text = word.text();
    List<VariableReference> refs = new ArrayList<>();
    Deque<int[]> open = new ArrayDeque<>(); // {start, name end} of "${NAME", or PLAIN for "{"
    int openReferences = 0;
    boolean inDouble = false;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == escape) {
        i += 2;
      } else if (c == '\'' && !inDouble && open.isEmpty()) {
        int close = text.indexOf('\'', i + 1);
        i = close < 0 ? n : close + 1;
      } else if (c == '"') {
        inDouble = !inDouble;
        i++;
      } else if (c == '$' && i + 1 < n && text.charAt(i + 1) == '{') {
        int nameEnd = nameEnd(text, i + 2);
        if (nameEnd > i + 2) {
          open.push(new int[] {i, nameEnd});
          openReferences++;
        }
        i = Math.max(nameEnd, i + 2);
      } else if (c == '$' && open.isEmpty()) {
        int end = nameEnd(text, i + 1);
        if (end > i + 1) {
          refs.add(new VariableReference(text.substring(i + 1, end), word.spanOf(i, end),
              Optional.empty(), Optional.empty()));
        }
        i = Math.max(end, i + 1);
      } else if (c == '{' && !open.isEmpty()) {
        open.push(PLAIN);
        i++;
      } else if (c == '}' && !open.isEmpty()) {
        int[] top = open.pop();
        if (top != PLAIN && --openReferences == 0) {
          braced(word, top[0], top[1], i).ifPresent(refs::add);
        }
        i++;
      } else {
        i++;
      }
    }
    return List.copyOf(refs);
  }

  private static final int[] PLAIN = {-1, -1};

  /** The reference {@code ${NAME...}} from {@code start} to the brace at {@code close}. */
  private static Optional<VariableReference> braced(Word word, int start, int nameEnd,
      int close) {
    String text = word.text();
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
        return Optional.empty(); // not a form Docker knows
      }
    }
    return Optional.of(new VariableReference(text.substring(start + 2, nameEnd),
        word.spanOf(start, close + 1), operator, argument));
  }

  /** Where a variable name that starts at {@code start} ends ({@code start} if none does). */
  public static int nameEnd(String text, int start) {
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
}
