package dev.plumbline.core.shell;

import java.util.List;
import java.util.Optional;

/**
 * One element of a {@link Pipeline}: a simple {@link Command} or a {@link Compound} command
 * (subshell, group, if, loop, case, function definition).
 */
public sealed interface Stage extends ShellNode permits Command, Compound {

  /** The pipeline this stage belongs to (a lone command is a pipeline of one). */
  Pipeline pipeline();

  /** Redirections written on this stage. */
  List<Redirection> redirections();

  /** The list holding this stage's pipeline. */
  default CommandList list() {
    return pipeline().list();
  }

  /**
   * The operator after this stage: the pipe to the next stage, or the pipeline's list operator
   * ({@code && || ; &} or newline); empty at the end of a list.
   */
  default Optional<Operator> followingOperator() {
    Pipeline p = pipeline();
    int i = p.indexOf(this);
    return i < p.pipes().size() ? Optional.of(p.pipes().get(i)) : p.followingOperator();
  }

  /**
   * The operator before this stage: the pipe from the previous stage, or the operator that ends
   * the previous pipeline of the list; empty at the start of a list.
   */
  default Optional<Operator> precedingOperator() {
    Pipeline p = pipeline();
    int i = p.indexOf(this);
    return i > 0 ? Optional.of(p.pipes().get(i - 1)) : p.precedingOperator();
  }

  /** The next stage of the same pipeline. */
  default Optional<Stage> nextInPipeline() {
    Pipeline p = pipeline();
    int i = p.indexOf(this);
    return i + 1 < p.stages().size() ? Optional.of(p.stages().get(i + 1)) : Optional.empty();
  }

  /** The previous stage of the same pipeline: the one whose output this stage reads. */
  default Optional<Stage> previousInPipeline() {
    Pipeline p = pipeline();
    int i = p.indexOf(this);
    return i > 0 ? Optional.of(p.stages().get(i - 1)) : Optional.empty();
  }

  /**
   * The stage this one is nested in: the compound command whose body holds it, or the command
   * whose word holds the substitution it runs in. Empty at the top of the script.
   */
  default Optional<Stage> enclosingStage() {
    return list().enclosingStage();
  }

  /**
   * Whether this stage runs in a subshell of the script: inside {@code ( )}, {@code $( )},
   * backquotes or a process substitution, where {@code cd}, {@code set} and variables do not
   * reach the rest of the script.
   */
  default boolean isInSubshell() {
    for (CommandList l = list(); l != null;
        l = l.enclosingStage().map(Stage::list).orElse(null)) {
      if (l.kind() == CommandList.Kind.SUBSHELL || l.kind() == CommandList.Kind.SUBSTITUTION) {
        return true;
      }
    }
    return false;
  }
}
