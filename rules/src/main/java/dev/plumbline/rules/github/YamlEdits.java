package dev.plumbline.rules.github;

import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.Optional;

/**
 * Text edits of block-style YAML for the fixes of GitHub rules: where a new key goes and how far
 * it is indented. Each method declines (empty) when the text is not laid out as it expects, so
 * that a fix is offered only where its result is certain.
 */
final class YamlEdits {

  private YamlEdits() {}

  /**
   * The indentation of a mapping key written first on its line in block style, as spaces: the
   * text before it on its line must be spaces, or spaces and a {@code - } sequence indicator
   * (then the key's column counts, as for the keys below it).
   */
  static Optional<String> keyIndent(SourceFile file, Span key) {
    int line = key.start().line();
    String before = file.text().substring(file.lines().lineStart(line), key.start().offset());
    if (!before.matches(" *(- +)?")) {
      return Optional.empty();
    }
    return Optional.of(" ".repeat(key.start().column() - 1));
  }

  /**
   * Whether a line holds nothing after a position but spaces and a comment, so that new lines
   * can start at its end.
   */
  static boolean restOfLineIsBlank(SourceFile file, Position from) {
    String rest = file.text().substring(from.offset(), file.lines().lineEnd(from.line()));
    return rest.matches(" *(#.*)?");
  }

  /**
   * Whether a mapping key is followed on its line only by its colon, spaces and a comment: its
   * value is a block on the lines below.
   */
  static boolean valueStartsBelow(SourceFile file, Span key) {
    String rest = file.text().substring(key.end().offset(), file.lines().lineEnd(key.end().line()));
    return rest.matches(" *: *(#.*)?");
  }

  /** The end of a position's line, before its line break. */
  static Position lineEnd(SourceFile file, Position on) {
    return file.position(file.lines().lineEnd(on.line()));
  }

  /** The file's line break. */
  static String lineBreak(SourceFile file) {
    return Fix.lineBreakOf(file.text());
  }
}
