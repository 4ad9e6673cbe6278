package dev.plumbline.core.engine.external;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.model.script.ShellOption;
import dev.plumbline.core.shell.TextRange;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A script as ShellCheck reads it, and the way back from ShellCheck's positions to script
 * offsets.
 *
 * <p>Text the platform replaces before the shell runs (GitHub {@code ${{ }}}) is masked with
 * underscores of the same length, so that ShellCheck sees one plain word there and offsets keep.
 * The options the shell starts with ({@code bash -e -o pipefail} on GitHub) are written as a
 * {@code set} line before the script, so that ShellCheck knows a failing {@code cd} stops it;
 * positions on that line are dropped. ShellCheck's {@code json1} format counts lines from 1 and
 * columns in code points from 1, a tab as one column.
 */
final class ShellcheckInput {

  private final String masked;
  private final boolean hasPrelude;
  private final int[] lineStarts;
  private final BitSet maskedLines = new BitSet();
  private final String stdin;

  private ShellcheckInput(String text, String prelude, List<TextRange> opaque) {
    this.hasPrelude = !prelude.isEmpty();
    StringBuilder out = new StringBuilder(text);
    for (TextRange r : opaque) {
      for (int i = r.start(); i < Math.min(r.end(), text.length()); i++) {
        out.setCharAt(i, '_');
      }
    }
    this.masked = out.toString();
    // lines as ShellCheck counts them: a line break inside an expression is masked too
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < masked.length(); i++) {
      if (masked.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    for (TextRange r : opaque) {
      maskedLines.set(lineOf(r.start()));
    }
    this.stdin = prelude + masked;
  }

  static ShellcheckInput of(Script script) {
    return new ShellcheckInput(script.text(), prelude(script.shell(), script.startOptions()),
        script.opaqueRanges());
  }

  /** {@code set -e}, {@code set -eo pipefail} or nothing, with its line break. */
  static String prelude(ShellKind shell, Set<ShellOption> options) {
    boolean errexit = options.contains(ShellOption.ERREXIT);
    // pipefail is bash's here: in a POSIX sh ShellCheck would report the option itself
    boolean pipefail = shell == ShellKind.BASH && options.contains(ShellOption.PIPEFAIL);
    if (errexit && pipefail) {
      return "set -eo pipefail\n";
    }
    return errexit ? "set -e\n" : pipefail ? "set -o pipefail\n" : "";
  }

  /** What ShellCheck reads on standard input. */
  String stdin() {
    return stdin;
  }

  /**
   * Whether any of ShellCheck's lines {@code first..last} holds masked text: there, a check that
   * finds a word constant is looking at the placeholder, not at the script.
   */
  boolean touchesMaskedText(int first, int last) {
    for (int line = Math.max(1, scriptLine(first)); line <= scriptLine(last); line++) {
      if (line <= lineStarts.length && maskedLines.get(line - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The script offset of ShellCheck's {@code line} and {@code column}; empty on the line Plumbline
   * put before the script. A column past the end of its line is the line's end; a line past the
   * end of the script is the script's end.
   */
  OptionalInt offset(int line, int column) {
    int scriptLine = scriptLine(line);
    if (scriptLine < 1) {
      return OptionalInt.empty();
    }
    if (scriptLine > lineStarts.length) {
      return OptionalInt.of(masked.length());
    }
    int start = lineStarts[scriptLine - 1];
    int end = scriptLine < lineStarts.length ? lineStarts[scriptLine] - 1 : masked.length();
    int offset = start;
    for (int i = 1; i < column && offset < end; i++) {
      offset += Character.charCount(masked.codePointAt(offset));
    }
    return OptionalInt.of(Math.min(offset, end));
  }

  private int scriptLine(int shellcheckLine) {
    return hasPrelude ? shellcheckLine - 1 : shellcheckLine;
  }

  /** The 0-based line of a script offset, as ShellCheck counts lines. */
  private int lineOf(int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }
}
