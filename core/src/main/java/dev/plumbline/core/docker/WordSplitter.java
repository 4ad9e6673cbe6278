package dev.plumbline.core.docker;

import java.util.ArrayList;
import java.util.List;

/** Splits instruction arguments into words the two ways Docker does. */
final class WordSplitter {

  private WordSplitter() {}

  /** Words separated by spaces and tabs, quotes not grouping (FROM, EXPOSE, COPY...). */
  static List<Word> bySeparators(JoinedText source, int from, int to, char escape) {
    String text = source.text();
    List<Word> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && Chars.isSeparator(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !Chars.isSeparator(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(Word.quoted(source, start, i, escape));
      }
    }
    return words;
  }

  /**
   * Words separated by white space outside quotes, the escape character protecting the next
   * character except inside single quotes (ENV, LABEL, ARG). Quotes stay in the word's text.
   */
  static List<Word> shellLike(JoinedText source, int from, int to, char escape) {
    String text = source.text();
    List<Word> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && Chars.isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= to) {
        break;
      }
      int start = i;
      i = wordEnd(text, i, to, escape);
      words.add(Word.quoted(source, start, i, escape));
    }
    return words;
  }

  /** The end of the shell-like word starting at {@code from}. */
  static int wordEnd(String text, int from, int to, char escape) {
    int i = from;
    char quote = 0;
    while (i < to) {
      char c = text.charAt(i);
      if (quote == 0 && Chars.isSpace(c)) {
        return i;
      }
      if (c == escape && quote != '\'') {
        i += 2;
        continue;
      }
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
      i++;
    }
    return Math.min(i, to);
  }
}
