package dev.plumbline.core.hcl;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The lines of a text that could close a heredoc: a line holding only an identifier (spaces
 * around it allowed) and ending with a line break. Built once, on the first heredoc, so that an
 * unterminated heredoc is recognised at its start without scanning the rest of the file for
 * each one.
 */
final class HeredocMarkers {

  private final Map<String, int[]> lineStarts = new HashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();

  HeredocMarkers(String text, int limit) {
    int lineStart = 0;
    while (lineStart < limit) {
      int newline = text.indexOf('\n', lineStart);
      if (newline < 0 || newline >= limit) {
        break;
      }
      add(text, lineStart, newline);
      lineStart = newline + 1;
    }
    for (Map.Entry<String, int[]> e : lineStarts.entrySet()) {
      e.setValue(Arrays.copyOf(e.getValue(), counts.get(e.getKey())));
    }
  }

  /** Whether a line closing {@code marker} starts at or after {@code offset}. */
  boolean hasLineAtOrAfter(String marker, int offset) {
    int[] starts = lineStarts.get(marker);
    return starts != null && starts[starts.length - 1] >= offset;
  }

  private void add(String text, int lineStart, int newline) {
    int end = newline;
    if (end > lineStart && text.charAt(end - 1) == '\r') {
      end--;
    }
    int from = lineStart;
    while (from < end && HclChars.isSpace(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    int to = end;
    while (to > from && HclChars.isSpace(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    if (to == from || !HclChars.isIdentifierStart(text.codePointAt(from))) {
      return;
    }
    String word = text.substring(from, to);
    if (!HclChars.isIdentifier(word)) {
      return;
    }
    int count = counts.merge(word, 1, Integer::sum);
    int[] starts = lineStarts.computeIfAbsent(word, w -> new int[4]);
    if (count > starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
      lineStarts.put(word, starts);
    }
    starts[count - 1] = lineStart;
  }
}
