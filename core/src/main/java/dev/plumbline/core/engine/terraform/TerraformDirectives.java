package dev.plumbline.core.engine.terraform;

import dev.plumbline.core.engine.suppression.CommentDirectives;
import dev.plumbline.core.hcl.HclComment;
import dev.plumbline.core.hcl.HclFile;
import dev.plumbline.core.model.suppression.Directive;
import dev.plumbline.core.source.Comment;
import java.util.ArrayList;
import java.util.List;

/**
 * The suppression directives of a Terraform file: {@code # plumbline: ignore[...]} and
 * {@code // plumbline: ignore[...]} line comments, as the parser found them (a {@code #} inside a
 * string or heredoc is not a comment). The JSON syntax has no comments.
 */
final class TerraformDirectives {

  private static final List<String> LINE_COMMENT_MARKERS = List.of("#", "//");

  private TerraformDirectives() {}

  static List<Directive> read(HclFile hcl) {
    List<Comment> comments = new ArrayList<>();
    for (HclComment comment : hcl.comments()) {
      if (comment.style() != HclComment.Style.BLOCK) {
        // the comment's body runs to its end, as the suppression reader expects
        int end = comment.textOffset() + comment.text().length();
        comments.add(new Comment(hcl.file().span(comment.span().start().offset(), end),
            comment.text()));
      }
    }
    return CommentDirectives.read(hcl.file(), comments, LINE_COMMENT_MARKERS);
  }
}
