package dev.plumbline.core.model.script;

import dev.plumbline.core.shell.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds GitLab's {@code $[[ inputs.name ]]} interpolation blocks in a script. GitLab replaces
 * each one with the input's value when it creates the pipeline, before any shell reads the
 * script, so the lexer keeps them as opaque words, as it does GitHub's {@code ${{ }}}.
 *
 * <p>A block ends at the first {@code ]]}; an unclosed {@code $[[} is plain text.
 */
public final class Interpolations {

  static final String OPEN = "$[[";
  static final String CLOSE = "]]";

  private Interpolations() {}

  /** Every closed {@code $[[ ]]} block of {@code text}, in order. */
  public static List<TextRange> find(String text) {
    List<TextRange> found = new ArrayList<>();
    int from = 0;
    int start;
    while ((start = text.indexOf(OPEN, from)) >= 0) {
      int close = text.indexOf(CLOSE, start + OPEN.length());
      if (close < 0) {
        break;
      }
      found.add(new TextRange(start, close + CLOSE.length()));
      from = close + CLOSE.length();
    }
    return List.copyOf(found);
  }
}
