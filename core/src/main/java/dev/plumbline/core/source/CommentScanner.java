package dev.plumbline.core.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code #} comments line by line, without a parser: a {@code #} at the start of a line or
 * after whitespace, outside a quoted string that opens on the same line. This is deliberately
 * textual so that it also sees comments inside block scalars ({@code run: |}) and scripts, where
 * markers and suppressions for script findings live.
 */
public final class CommentScanner {

  private CommentScanner() {}

  public static List<Comment> scan(SourceFile file) {
    List<Comment> comments = new ArrayList<>();
    LineIndex lines = file.lines();
    String text = file.text();
    for (int line = 1; line <= lines.lineCount(); line++) {
      int start = lines.lineStart(line);
      int end = lines.lineEnd(line);
      int hash = findCommentStart(text, start, end);
      if (hash >= 0) {
        comments.add(new Comment(file.span(hash, end), text.substring(hash + 1, end)));
      }
    }
    return comments;
  }

  private static int findCommentStart(String text, int start, int end) {
    char quote = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      char prev = i > start ? text.charAt(i - 1) : ' ';
      if (quote != 0) {
        if (c == quote && (quote == '\'' || prev != '\\')) {
          quote = 0;
        }
      } else if ((c == '"' || c == '\'') && opensQuote(prev)) {
        quote = c;
      } else if (c == '#' && Character.isWhitespace(prev)) {
        return i;
      }
    }
    return -1;
  }

  /** A quote only opens a string at the start of a token; {@code it's} is not a string. */
  private static boolean opensQuote(char prev) {
    return Character.isWhitespace(prev) || ":[{,=(".indexOf(prev) >= 0;
  }
}
