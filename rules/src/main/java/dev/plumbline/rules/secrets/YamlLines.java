package dev.plumbline.rules.secrets;

import dev.plumbline.core.source.LineIndex;
import java.util.OptionalInt;

/** The structure of YAML read from indentation alone, for rules that read the raw text. */
final class YamlLines {

  private YamlLines() {}

  /**
   * The line of the key whose mapping holds {@code line}: the nearest line above that is
   * indented less, skipping blank and comment lines. Empty for a line at the top level.
   */
  static OptionalInt parent(LineIndex lines, int line) {
    int indent = indent(lines.lineText(line));
    for (int above = line - 1; above >= 1 && indent > 0; above--) {
      String text = lines.lineText(above);
      String content = text.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      if (indent(text) < indent) {
        return OptionalInt.of(above);
      }
    }
    return OptionalInt.empty();
  }

  /** Spaces before the line's content; a list item's {@code - } counts as indentation. */
  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' '
        || line.charAt(i) == '-' && i + 1 < line.length() && line.charAt(i + 1) == ' ')) {
      i++;
    }
    return i;
  }
}
