package dev.plumbline.core.docker;

import dev.plumbline.core.source.Comment;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * What the parser read from a Dockerfile.
 *
 * @param file         the file
 * @param escape       the escape and line-continuation character: {@code \} or, with
 *                     {@code # escape=`}, a backtick
 * @param directives   the parser directives at the top of the file
 * @param instructions every instruction in order
 * @param comments     the comment lines: lines whose first non-blank character is {@code #}
 *                     (also inside continuations), and such lines inside here-document bodies
 *                     (except a {@code #!} first line); parser directives are not among them
 * @param problems     what Docker would reject, in file order; parsing goes on after each
 */
public record ParsedDockerfile(SourceFile file, char escape, List<ParserDirective> directives,
    List<InstructionNode> instructions, List<Comment> comments, List<DockerProblem> problems) {

  public ParsedDockerfile {
    directives = List.copyOf(directives);
    instructions = List.copyOf(instructions);
    comments = List.copyOf(comments);
    problems = List.copyOf(problems);
  }

  /** The directive of a name ({@code syntax}, {@code escape}, {@code check}), if present. */
  public Optional<ParserDirective> directive(String name) {
    return directives.stream().filter(d -> d.name().equals(name)).findFirst();
  }
}
