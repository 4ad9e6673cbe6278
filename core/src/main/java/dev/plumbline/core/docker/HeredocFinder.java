package dev.plumbline.core.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the here-document words of an instruction line as Docker does: the line's shell words
 * (quotes and backslash escapes kept) that read {@code [n]<<[-]NAME}, with a name that holds no
 * {@code <}. {@code <<<} (a here-string) and {@code << EOF} (a space) are not here-documents.
 */
final class HeredocFinder {

  private static final Pattern HEREDOC = Pattern.compile("(\\d*)<<(-?)([^<]*)");

  /** A here-document word, before its body is read. */
  record Opening(Word word, String name, boolean chomp, boolean expands, int fileDescriptor) {}

  private HeredocFinder() {}

  static List<Opening> find(JoinedText line) {
    String text = line.text();
    if (!text.contains("<<")) {
      return List.of();
    }
    List<Opening> found = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      i = Chars.skipSpace(text, i, n);
      if (i >= n) {
        break;
      }
      int start = i;
      i = WordSplitter.wordEnd(text, i, n, '\\');
      Matcher m = HEREDOC.matcher(text.substring(start, i));
      if (m.matches() && !m.group(3).isEmpty()) {
        String rest = m.group(3);
        String name = Quotes.remove(rest, '\\');
        boolean quoted = rest.indexOf('"') >= 0 || rest.indexOf('\'') >= 0;
        int fd = m.group(1).isEmpty() ? 0 : parseFd(m.group(1));
        found.add(new Opening(Word.raw(line, start, i), name, !m.group(2).isEmpty(), !quoted, fd));
      }
    }
    return found;
  }

  private static int parseFd(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
