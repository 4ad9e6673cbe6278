package dev.plumbline.rules.secrets;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy of a string's characters: how unpredictable each one is, in bits. */
final class Entropy {

  private Entropy() {}

  /** Bits per character, from the frequencies of the string's own code points; 0 when empty. */
  static double bitsPerCharacter(String s) {
    Map<Integer, Integer> counts = new HashMap<>();
    s.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    double length = s.codePointCount(0, s.length());
    double bits = 0;
    for (int count : counts.values()) {
      double p = count / length;
      bits -= p * Math.log(p) / Math.log(2);
    }
    return bits;
  }
}
