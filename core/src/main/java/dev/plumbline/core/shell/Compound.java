package dev.plumbline.core.shell;

import java.util.List;

/**
 * A compound command: {@code ( )}, {@code { }}, {@code if}, {@code while}, {@code until},
 * {@code for}, {@code select}, {@code case}, a function definition or {@code (( ))}. Its bodies
 * are lists in the order written.
 */
public final class Compound implements Stage {

  /** The kinds of compound commands. */
  public enum Kind {
    /** {@code ( list )}. */
    SUBSHELL,
    /** {@code { list; }}. */
    GROUP,
    /** {@code if}: bodies are condition, branch, [condition, branch]..., [else branch]. */
    IF,
    /** {@code while}: bodies are condition, loop body. */
    WHILE,
    /** {@code until}: bodies are condition, loop body. */
    UNTIL,
    /** {@code for}: words are the name and the items (or the {@code ((;;))} header). */
    FOR,
    /** {@code select} (bash), like {@code for}. */
    SELECT,
    /** {@code case}: words are the subject and every pattern; bodies are the items. */
    CASE,
    /** {@code name() body} or {@code function name body}: words hold the name. */
    FUNCTION,
    /** {@code (( expression ))} (bash): the expression is its only word. */
    ARITHMETIC
  }

  private final Kind kind;
  private final int start;
  private final int end;
  private final List<Word> words;
  private final List<CommandList> bodies;
  private final List<Redirection> redirections;
  private Pipeline pipeline;
  private int index;

  Compound(Kind kind, int start, int end, List<Word> words, List<CommandList> bodies,
      List<Redirection> redirections) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.words = List.copyOf(words);
    this.bodies = List.copyOf(bodies);
    this.redirections = List.copyOf(redirections);
    for (Word w : this.words) {
      w.setStage(this);
    }
    for (CommandList body : this.bodies) {
      body.setParent(this);
    }
    for (Redirection r : this.redirections) {
      r.setStage(this);
    }
  }

  public Kind kind() {
    return kind;
  }

  /** Offset of the keyword or opening parenthesis. */
  @Override
  public int start() {
    return start;
  }

  /** Offset just past the closing keyword or parenthesis (or the last thing read). */
  @Override
  public int end() {
    return end;
  }

  /** The words of the header; see {@link Kind}. */
  public List<Word> words() {
    return words;
  }

  /** The lists inside, in the order written. */
  public List<CommandList> bodies() {
    return bodies;
  }

  @Override
  public List<Redirection> redirections() {
    return redirections;
  }

  @Override
  public Pipeline pipeline() {
    return pipeline;
  }

  void setPipeline(Pipeline pipeline, int index) {
    this.pipeline = pipeline;
    this.index = index;
  }

  /** Position in the pipeline. */
  int index() {
    return index;
  }

  @Override
  public String toString() {
    return kind + "[" + start + ", " + end + ")";
  }
}
