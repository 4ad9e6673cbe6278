package dev.plumbline.core.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code --flags} at the start of an instruction's arguments, as Docker does for every
 * instruction: words that start with {@code --}, quotes and backslash escapes allowed inside;
 * a lone {@code --} ends them.
 */
final class FlagReader {

  /** The flags and where the arguments after them begin. */
  record Result(List<Flag> flags, int argumentsStart) {}

  private FlagReader() {}

  static Result read(JoinedText source, int from, int to) {
    String text = source.text();
    List<Flag> flags = new ArrayList<>();
    int i = from;
    while (true) {
      i = Chars.skipSpace(text, i, to);
      if (i + 1 >= to || text.charAt(i) != '-' || text.charAt(i + 1) != '-') {
        return new Result(flags, i);
      }
      int start = i;
      int end = WordSplitter.wordEnd(text, i, to, '\\');
      if (end - start == 2) {
        return new Result(flags, Chars.skipSpace(text, end, to)); // "--" ends the flags
      }
      flags.add(flag(Word.quoted(source, start, end, '\\')));
      i = end;
    }
  }

  private static Flag flag(Word word) {
    String raw = word.text();
    int eq = raw.indexOf('=');
    String name = Quotes.remove(raw.substring(2, eq < 0 ? raw.length() : eq), '\\');
    Optional<Word> value = eq < 0 ? Optional.empty()
        : Optional.of(word.slice(eq + 1, raw.length()));
    return new Flag(word, name, value);
  }
}
