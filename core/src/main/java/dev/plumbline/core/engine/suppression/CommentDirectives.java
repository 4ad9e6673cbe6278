package dev.plumbline.core.engine.suppression;

import dev.plumbline.core.model.suppression.Directive;
import dev.plumbline.core.source.Comment;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.SuppressionComment;
import java.util.ArrayList;
import java.util.List;

/** The suppression directives of a file's {@code # plumbline:} comments. */
public final class CommentDirectives {

  private CommentDirectives() {}

  /**
   * Reads the directives among {@code comments}. An {@code ignore-file} comment counts only in
   * the file's leading comments, where a reader looks for it; anywhere else it is kept with a
   * problem, so that it is reported instead of silently applying to the whole file.
   */
  public static List<Directive> read(SourceFile file, List<Comment> comments) {
    return read(file, comments, List.of("#"));
  }

  /**
   * Reads the directives among {@code comments} of a file whose line comments start with one of
   * {@code lineCommentMarkers} ({@code #} and {@code //} in Terraform).
   */
  public static List<Directive> read(SourceFile file, List<Comment> comments,
      List<String> lineCommentMarkers) {
    int firstContentLine = firstContentLine(file, lineCommentMarkers);
    List<Directive> directives = new ArrayList<>();
    for (SuppressionComment comment : SuppressionComment.parse(file, comments)) {
      Directive directive = Directive.of(comment, file);
      if (comment.fileLevel() && comment.problem().isEmpty()
          && comment.span().start().line() >= firstContentLine) {
        directive = directive.withProblem("ignore-file must be among the comments at the top "
            + "of the file, before its first line of content; use ignore[...] for one line");
      }
      directives.add(directive);
    }
    return directives;
  }

  /** The first line that is neither blank nor a comment; past the end for a file without one. */
  private static int firstContentLine(SourceFile file, List<String> lineCommentMarkers) {
    int count = file.lines().lineCount();
    for (int line = 1; line <= count; line++) {
      String text = file.lineText(line).strip();
      if (!text.isEmpty() && lineCommentMarkers.stream().noneMatch(text::startsWith)) {
        return line;
      }
    }
    return count + 1;
  }
}
