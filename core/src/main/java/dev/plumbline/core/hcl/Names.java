package dev.plumbline.core.hcl;

/**
 * Shares the strings of repeated names ({@code var}, {@code aws_s3_bucket}, {@code tags}) within
 * one parse: a small cache indexed by hash, so that a large file does not hold thousands of
 * copies of the same few words.
 */
final class Names {

  private static final int LONGEST = 64;
  private final String[] slots = new String[2048];

  String get(String text, int start, int end) {
    int length = end - start;
    if (length > LONGEST) {
      return text.substring(start, end);
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = (hash ^ (hash >>> 15)) & (slots.length - 1);
    String cached = slots[slot];
    if (cached != null && cached.length() == length && text.regionMatches(start, cached, 0,
        length)) {
      return cached;
    }
    String name = text.substring(start, end);
    slots[slot] = name;
    return name;
  }
}
