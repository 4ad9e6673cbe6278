package dev.plumbline.core.engine.config;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;

/** The problems found in one configuration file so far, and how values are named in them. */
final class Problems {

  private final String file;
  private final List<ConfigProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void at(Span span, String message) {
    found.add(ConfigProblem.at(file, span.start(), message));
  }

  void whole(String message) {
    found.add(ConfigProblem.whole(file, message));
  }

  int count() {
    return found.size();
  }

  /** Throws every problem, in the order they appear in the file, if there is any. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ConfigException(found.stream().distinct().sorted(ConfigProblem.ORDER).toList());
    }
  }

  /** A value as a message names it: "the string 'warn'", "a number", "a sequence", "empty". */
  static String describe(YamlNode node) {
    if (node.isNull()) {
      return "empty";
    }
    if (node instanceof YamlScalar s && s.type() == YamlScalar.Type.STRING) {
      String oneLine = s.value().replace('\n', ' ');
      return "the string '" + (oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...")
          + "'";
    }
    return node.kindName();
  }

  /** Whether the node is a string scalar (quoted, or plain and not a number, boolean or null). */
  static boolean isString(YamlNode node) {
    return node instanceof YamlScalar s && s.type() == YamlScalar.Type.STRING;
  }

  /** "a, b, c or d". */
  static String alternatives(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or "
        + words.get(words.size() - 1);
  }
}
