package dev.plumbline.core.shell;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A redirection: {@code > file}, {@code 2>&1}, {@code &> log}, {@code <<< "$x"}, or a
 * here-document {@code <<EOF} whose body is kept as data.
 */
public final class Redirection implements ShellNode {

  private final int start;
  private final int end;
  private final OptionalInt fd;
  private final String operator;
  private final Word target;
  private final int operatorStart;
  private Heredoc heredoc;
  private Stage stage;

  Redirection(int start, int end, OptionalInt fd, String operator, Word target,
      int operatorStart) {
    this.start = start;
    this.end = end;
    this.fd = fd;
    this.operator = operator;
    this.target = target;
    this.operatorStart = operatorStart;
  }

  /** Offset of the file descriptor number, or of the operator if there is none. */
  @Override
  public int start() {
    return start;
  }

  /** Offset just past the target word (just past the operator if the target is missing). */
  @Override
  public int end() {
    return end;
  }

  /** The file descriptor written before the operator: the {@code 2} of {@code 2>&1}. */
  public OptionalInt fd() {
    return fd;
  }

  /**
   * The operator: one of {@code < > >> >| <> <& >& &> &>> << <<- <<<}.
   */
  public String operator() {
    return operator;
  }

  /** Offset just past the operator. */
  public int operatorEnd() {
    return operatorStart + operator.length();
  }

  /** The file, descriptor, string or here-document delimiter after the operator. */
  public Optional<Word> target() {
    return Optional.ofNullable(target);
  }

  /** The here-document, for {@code <<} and {@code <<-}. */
  public Optional<Heredoc> heredoc() {
    return Optional.ofNullable(heredoc);
  }

  /** Whether the redirection sends output somewhere (standard output unless another fd). */
  public boolean isOutput() {
    return operator.contains(">") && !operator.equals("<>");
  }

  /**
   * Whether this redirects standard output (fd 1, or both with {@code &>}) to a file rather than
   * duplicating a descriptor ({@code >&2} sends it to standard error, which also ends in a log).
   */
  public boolean redirectsStdoutToFile() {
    boolean stdout = fd.isEmpty() || fd.getAsInt() == 1;
    return switch (operator) {
      case ">", ">>", ">|" -> stdout;
      case "&>", "&>>" -> true;
      default -> false;
    };
  }

  /** The simple or compound command this redirection belongs to. */
  public Optional<Stage> stage() {
    return Optional.ofNullable(stage);
  }

  void setHeredoc(Heredoc heredoc) {
    this.heredoc = heredoc;
  }

  void setStage(Stage stage) {
    this.stage = stage;
    if (target != null) {
      target.setStage(stage);
    }
  }

  @Override
  public String toString() {
    return "Redirection[" + start + ", " + end + ")" + operator;
  }
}
