package dev.plumbline.core.shell;

import java.util.Optional;

/**
 * A variable assignment: {@code NAME=value} before a command ({@code FOO=bar make}) or alone, or
 * after {@code env}.
 *
 * @param word  the whole word, {@code NAME=value}
 * @param name  the variable name (an array index, if any, removed)
 * @param value the part after {@code =} (or {@code +=}), as a word of its own
 */
public record Assignment(Word word, String name, Word value) implements ShellNode {

  /**
   * The assignment a word makes, if it is one: {@code NAME=value}, {@code NAME+=value} or
   * {@code NAME[index]=value}, with the name written plainly (not quoted).
   */
  public static Optional<Assignment> parse(Word word) {
    String raw = word.text();
    if (raw.isEmpty() || !isNameStart(raw.charAt(0))) {
      return Optional.empty();
    }
    int i = 1;
    while (i < raw.length() && isNamePart(raw.charAt(i))) {
      i++;
    }
    String name = raw.substring(0, i);
    if (i < raw.length() && raw.charAt(i) == '[') {
      int close = raw.indexOf(']', i);
      if (close < 0) {
        return Optional.empty();
      }
      i = close + 1;
    }
    if (i < raw.length() && raw.charAt(i) == '+') {
      i++;
    }
    if (i >= raw.length() || raw.charAt(i) != '=') {
      return Optional.empty();
    }
    return Optional.of(new Assignment(word, name, word.afterPrefix(i + 1)));
  }

  static boolean isNameStart(char c) {
    return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  static boolean isNamePart(char c) {
    return isNameStart(c) || c >= '0' && c <= '9';
  }

  @Override
  public int start() {
    return word.start();
  }

  @Override
  public int end() {
    return word.end();
  }
}
