package dev.plumbline.core.shell;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The script text being lexed, its opaque ranges, and how deeply the constructs being read are
 * nested (deep nesting is read flat, so the lexer never runs out of stack).
 */
final class Source {

  /** Nesting beyond this is read as plain words, not as structure. */
  static final int MAX_DEPTH = 64;

  private final String text;
  private final BitSet maskStarts = new BitSet();
  private final Map<Integer, Integer> maskEnds = new HashMap<>();
  private int depth;
  private boolean readFlat;

  Source(String text, List<TextRange> opaque) {
    this.text = text;
    int covered = 0;
    for (TextRange r : opaque.stream().sorted((a, b) -> Integer.compare(a.start(), b.start()))
        .toList()) {
      // overlapping, empty or out-of-range ranges are ignored rather than trusted
      if (r.start() >= covered && r.end() > r.start() && r.end() <= text.length()) {
        maskStarts.set(r.start());
        maskEnds.put(r.start(), r.end());
        covered = r.end();
      }
    }
  }

  String text() {
    return text;
  }

  /** The end of the opaque range starting at {@code offset}, or -1 if none starts there. */
  int maskEnd(int offset) {
    return maskStarts.get(offset) ? maskEnds.get(offset) : -1;
  }

  boolean enter() {
    depth++;
    return depth <= MAX_DEPTH;
  }

  void exit() {
    depth--;
  }

  boolean tooDeep() {
    if (depth >= MAX_DEPTH) {
      readFlat = true;
      return true;
    }
    return false;
  }

  /** Whether some construct was nested too deeply and read as plain words. */
  boolean readFlat() {
    return readFlat;
  }
}
