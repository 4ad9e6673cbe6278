package dev.plumbline.core.engine.docker;

import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.ParsedDockerfile;
import dev.plumbline.core.engine.suppression.CommentDirectives;
import dev.plumbline.core.model.suppression.Directive;
import dev.plumbline.core.source.Comment;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suppression directives of a Dockerfile. Only comment lines count: a {@code #} after an
 * instruction is part of its arguments. A {@code # plumbline: ignore[...]} line covers the next
 * line; when the next line that is not a comment starts an instruction, it covers that whole
 * instruction — its continuation lines and here-document bodies — since a finding inside a long
 * RUN is reported on the line of the word it is about, and a suppression may stand above the
 * instruction's explanatory comments. A blank line in between breaks the link.
 */
final class DockerfileDirectives {

  private DockerfileDirectives() {}

  static List<Directive> read(ParsedDockerfile parsed) {
    Map<Integer, Span> instructionAt = new HashMap<>();
    for (InstructionNode node : parsed.instructions()) {
      instructionAt.put(node.span().start().line(), node.fullSpan());
    }
    Set<Integer> commentLines = new HashSet<>();
    for (Comment comment : parsed.comments()) {
      commentLines.add(comment.line());
    }
    List<Directive> directives = new ArrayList<>();
    for (Directive d : CommentDirectives.read(parsed.file(), parsed.comments())) {
      Span instruction = null;
      if (d.scope() instanceof Directive.OnLine on) {
        int line = on.line();
        while (commentLines.contains(line)) {
          line++;
        }
        instruction = instructionAt.get(line);
      }
      directives.add(instruction == null ? d : new Directive(d.origin(), d.span(),
          new Directive.InRegion(instruction), d.rules(), d.reason(), d.problem()));
    }
    return directives;
  }
}
