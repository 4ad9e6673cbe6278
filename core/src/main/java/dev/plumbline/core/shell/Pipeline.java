package dev.plumbline.core.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stages joined by {@code |} or {@code |&}, optionally negated with {@code !}. */
public final class Pipeline implements ShellNode {

  private final int start;
  private final int end;
  private final boolean negated;
  private final List<Stage> stages;
  private final List<Operator> pipes;
  private CommandList list;
  private int indexInList;
  private Operator following;

  Pipeline(int start, int end, boolean negated, List<Stage> stages, List<Operator> pipes) {
    this.start = start;
    this.end = end;
    this.negated = negated;
    this.stages = List.copyOf(stages);
    this.pipes = List.copyOf(pipes);
    for (int i = 0; i < this.stages.size(); i++) {
      Stage s = this.stages.get(i);
      if (s instanceof Command c) {
        c.setPipeline(this, i);
      } else if (s instanceof Compound c) {
        c.setPipeline(this, i);
      }
    }
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int end() {
    return end;
  }

  /** {@code ! cmd}: the exit status is inverted. */
  public boolean isNegated() {
    return negated;
  }

  /** The stages in order; never empty. */
  public List<Stage> stages() {
    return stages;
  }

  /** The stages that are simple commands, in order. */
  public List<Command> commands() {
    List<Command> commands = new ArrayList<>();
    for (Stage s : stages) {
      if (s instanceof Command c) {
        commands.add(c);
      }
    }
    return commands;
  }

  /** The pipe operators; {@code pipes().get(i)} joins stage {@code i} to stage {@code i + 1}. */
  public List<Operator> pipes() {
    return pipes;
  }

  /** Whether more than one stage is joined by pipes. */
  public boolean hasPipe() {
    return !pipes.isEmpty();
  }

  /** The list this pipeline belongs to. */
  public CommandList list() {
    return list;
  }

  /** The list operator after this pipeline ({@code && || ; &} or newline), if any. */
  public Optional<Operator> followingOperator() {
    return Optional.ofNullable(following);
  }

  /** The list operator after the previous pipeline of the list, if any. */
  public Optional<Operator> precedingOperator() {
    return previous().flatMap(Pipeline::followingOperator);
  }

  /** The next pipeline of the same list. */
  public Optional<Pipeline> next() {
    int i = indexInList();
    return i + 1 < list.pipelines().size() ? Optional.of(list.pipelines().get(i + 1))
        : Optional.empty();
  }

  /** The previous pipeline of the same list. */
  public Optional<Pipeline> previous() {
    int i = indexInList();
    return i > 0 ? Optional.of(list.pipelines().get(i - 1)) : Optional.empty();
  }

  int indexOf(Stage stage) {
    return stage instanceof Command c ? c.original().index() : ((Compound) stage).index();
  }

  private int indexInList() {
    return indexInList;
  }

  void setList(CommandList list, int index) {
    this.list = list;
    this.indexInList = index;
  }

  void setFollowing(Operator following) {
    this.following = following;
  }

  @Override
  public String toString() {
    return "Pipeline[" + start + ", " + end + ")" + stages;
  }
}
