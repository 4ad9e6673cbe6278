package dev.plumbline.core.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sequence of pipelines joined by {@code &&}, {@code ||}, {@code ;}, {@code &} and newlines:
 * a whole script, the body of a subshell, group, branch or loop, a condition, or the inside of a
 * substitution.
 */
public final class CommandList implements ShellNode {

  /** Where a list stands. */
  public enum Kind {
    /** The whole script. */
    SCRIPT,
    /** Inside {@code ( )}. */
    SUBSHELL,
    /** Inside {@code { }}. */
    GROUP,
    /** The condition of {@code if}, {@code elif}, {@code while} or {@code until}. */
    CONDITION,
    /** A {@code then} or {@code else} branch, or a {@code case} item. */
    BRANCH,
    /** Between {@code do} and {@code done}. */
    LOOP_BODY,
    /** The body of a function definition. */
    FUNCTION_BODY,
    /** Inside {@code $( )}, backquotes or a process substitution. */
    SUBSTITUTION
  }

  private final Kind kind;
  private final int start;
  private final int end;
  private final List<Pipeline> pipelines;
  private ShellNode parent;

  CommandList(Kind kind, int start, int end, List<Pipeline> pipelines) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.pipelines = List.copyOf(pipelines);
    for (int i = 0; i < this.pipelines.size(); i++) {
      this.pipelines.get(i).setList(this, i);
    }
  }

  public Kind kind() {
    return kind;
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int end() {
    return end;
  }

  /** The pipelines in order. */
  public List<Pipeline> pipelines() {
    return pipelines;
  }

  /** The list operators in order: the ones that follow each pipeline, where there is one. */
  public List<Operator> operators() {
    List<Operator> ops = new ArrayList<>();
    for (Pipeline p : pipelines) {
      p.followingOperator().ifPresent(ops::add);
    }
    return ops;
  }

  /**
   * Every simple command in this list, at any depth (in compound commands and substitutions), in
   * the order they are written.
   */
  public List<Command> commands() {
    return Walker.walk(this).commands();
  }

  /** Whether the list holds no pipeline. */
  public boolean isEmpty() {
    return pipelines.isEmpty();
  }

  /** The compound command this list is a body or condition of. */
  public Optional<Compound> compound() {
    return parent instanceof Compound c ? Optional.of(c) : Optional.empty();
  }

  /** The substitution this list is the inside of. */
  public Optional<Substitution> substitution() {
    return parent instanceof Substitution s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The stage this list is nested in: its compound command, or the command whose word holds its
   * substitution. Empty for the whole script.
   */
  public Optional<Stage> enclosingStage() {
    if (parent instanceof Compound c) {
      return Optional.of(c);
    }
    if (parent instanceof Substitution s) {
      return s.word().flatMap(Word::stage);
    }
    return Optional.empty();
  }

  void setParent(ShellNode parent) {
    this.parent = parent;
  }

  @Override
  public String toString() {
    return kind + "[" + start + ", " + end + ")" + pipelines;
  }
}
