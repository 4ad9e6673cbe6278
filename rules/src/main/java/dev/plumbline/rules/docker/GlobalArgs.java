package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.VariableReference;
import dev.plumbline.core.model.docker.Arg;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.KeyValue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The global build arguments of a Dockerfile (the ARGs before the first FROM) with their
 * defaults, to read a FROM line the way a plain {@code docker build} without
 * {@code --build-arg} does. Only what can be known is resolved: a variable without a value and
 * without a fallback makes the whole text unknown.
 */
final class GlobalArgs {

  /** The global ARGs whose default is known, by name. */
  private final Map<String, String> known = new HashMap<>();
  /** Global ARGs whose default refers to something unknown. */
  private final Set<String> unknown = new HashSet<>();

  private GlobalArgs() {}

  static GlobalArgs of(Dockerfile dockerfile) {
    GlobalArgs args = new GlobalArgs();
    for (Arg arg : dockerfile.globalArgs()) {
      for (KeyValue declaration : arg.declarations()) {
        String name = declaration.name();
        // a default may refer to an earlier global ARG; Docker expands it when declared
        Optional<String> text = declaration.valueText();
        if (text.isPresent()) {
          args.known.remove(name);
          args.unknown.remove(name);
          args.resolve(text.get()).ifPresentOrElse(v -> args.known.put(name, v),
              () -> args.unknown.add(name));
        }
      }
    }
    return args;
  }

  /**
   * The text with every {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-fallback}},
   * {@code ${NAME-fallback}}, {@code ${NAME:+alternative}} and {@code ${NAME+alternative}}
   * replaced by what the global ARG defaults give; empty when a value is unknown: a variable
   * without default and without fallback (the build must pass it), another operator, or a
   * malformed reference.
   */
  Optional<String> resolve(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      Optional<String> value;
      int next;
      if (c != '$') {
        value = Optional.of(String.valueOf(c));
        next = i + 1;
      } else if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int close = closingBrace(text, i + 2);
        if (close < 0) {
          return Optional.empty();
        }
        value = braced(text.substring(i + 2, close));
        next = close + 1;
      } else {
        next = VariableReference.nameEnd(text, i + 1);
        value = next == i + 1 ? Optional.of("$") : plain(text.substring(i + 1, next));
        next = Math.max(next, i + 1);
      }
      if (value.isEmpty()) {
        return Optional.empty();
      }
      out.append(value.get());
      i = next;
    }
    return Optional.of(out.toString());
  }

  /** {@code $NAME}: only a known default gives a value. */
  private Optional<String> plain(String name) {
    return Optional.ofNullable(known.get(name));
  }

  /** The value of {@code NAME[operator word]} between {@code ${} and {@code }}. */
  private Optional<String> braced(String inside) {
    int end = VariableReference.nameEnd(inside, 0);
    if (end == 0) {
      return Optional.empty();
    }
    String name = inside.substring(0, end);
    String rest = inside.substring(end);
    if (rest.isEmpty()) {
      return plain(name);
    }
    boolean colon = rest.startsWith(":");
    int operatorEnd = colon ? 2 : 1;
    if (rest.length() < operatorEnd || unknown.contains(name)) {
      return Optional.empty();
    }
    char operator = rest.charAt(operatorEnd - 1);
    String word = rest.substring(operatorEnd);
    String current = known.get(name);
    boolean set = current != null && (!colon || !current.isEmpty());
    if (operator == '-') {
      return set ? Optional.of(current) : resolve(word);
    }
    if (operator == '+') {
      return set ? resolve(word) : Optional.of("");
    }
    return Optional.empty();
  }

  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
