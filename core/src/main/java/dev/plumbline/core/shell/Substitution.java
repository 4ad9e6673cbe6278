package dev.plumbline.core.shell;

import java.util.Optional;

/**
 * A command run inside a word: {@code $(...)}, {@code `...`}, {@code <(...)} or {@code >(...)},
 * with its body lexed as a script of its own (offsets still in the outer script).
 */
public final class Substitution implements ShellNode {

  /** How the inner command was written. */
  public enum Kind {
    /** {@code $(...)}. */
    COMMAND,
    /** {@code `...`}. */
    BACKTICK,
    /** {@code <(...)}: the output of the inner command read as a file (bash). */
    PROCESS_INPUT,
    /** {@code >(...)}: a file whose content feeds the inner command (bash). */
    PROCESS_OUTPUT
  }

  private final Kind kind;
  private final int start;
  private final int end;
  private final int innerStart;
  private final int innerEnd;
  private final CommandList body;
  private Word word;

  Substitution(Kind kind, int start, int end, int innerStart, int innerEnd, CommandList body) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.innerStart = innerStart;
    this.innerEnd = innerEnd;
    this.body = body;
    body.setParent(this);
  }

  public Kind kind() {
    return kind;
  }

  /** Offset of the {@code $}, backquote, {@code <} or {@code >}. */
  @Override
  public int start() {
    return start;
  }

  /** Offset just past the closing parenthesis or backquote (the end of the script if none). */
  @Override
  public int end() {
    return end;
  }

  /** Offset of the inner script's first character. */
  public int innerStart() {
    return innerStart;
  }

  /** Offset just past the inner script's last character. */
  public int innerEnd() {
    return innerEnd;
  }

  /** The inner script. */
  public CommandList body() {
    return body;
  }

  /** Whether the output of the inner command becomes text: {@code $()} or backquotes. */
  public boolean isCommandSubstitution() {
    return kind == Kind.COMMAND || kind == Kind.BACKTICK;
  }

  /** The word this substitution is part of. */
  public Optional<Word> word() {
    return Optional.ofNullable(word);
  }

  void setWord(Word word) {
    this.word = word;
  }

  @Override
  public String toString() {
    return kind + "[" + start + ", " + end + ")";
  }
}
