package dev.plumbline.core.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A simple command: assignments, a command name, its arguments and redirections, as in
 * {@code FOO=1 apt-get install -y curl > log}. The queries on flags and operands read the
 * arguments the way most Unix tools do ({@code -abc} clusters, {@code --name=value}, {@code --}
 * ends the options); tools that read theirs differently are for the rule to handle.
 */
public final class Command implements Stage {

  private final Source source;
  private final int start;
  private final int end;
  private final List<Assignment> assignments;
  private final List<Word> words;
  private final List<Redirection> redirections;
  private final Command original;
  private Pipeline pipeline;
  private int index;
  private Command effective;
  private String program;

  Command(Source source, int start, int end, List<Assignment> assignments, List<Word> words,
      List<Redirection> redirections) {
    this(source, start, end, assignments, words, redirections, null);
    for (Assignment a : this.assignments) {
      a.word().setStage(this);
      a.value().setStage(this);
    }
    for (Word w : this.words) {
      w.setStage(this);
    }
    for (Redirection r : this.redirections) {
      r.setStage(this);
    }
  }

  private Command(Source source, int start, int end, List<Assignment> assignments,
      List<Word> words, List<Redirection> redirections, Command original) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.assignments = List.copyOf(assignments);
    this.words = List.copyOf(words);
    this.redirections = List.copyOf(redirections);
    this.original = original;
  }

  /** Offset of the first assignment, word or redirection. */
  @Override
  public int start() {
    return start;
  }

  /** Offset just past the last word or redirection. */
  @Override
  public int end() {
    return end;
  }

  /** The command as written, from its first assignment or word to its last word or redirection. */
  public String text() {
    return source.text().substring(start, end);
  }

  /** The {@code NAME=value} words before the command name (and, in {@link #effective()}, those
   *  given to {@code env}). */
  public List<Assignment> assignments() {
    return assignments;
  }

  /** The command name and its arguments; empty for a command of only assignments. */
  public List<Word> words() {
    return words;
  }

  /** The word naming the command. */
  public Optional<Word> nameWord() {
    return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
  }

  /** The command name's value ({@code /usr/bin/curl}, {@code ./gradlew}); empty if none. */
  public String name() {
    return words.isEmpty() ? "" : words.get(0).value();
  }

  /** The command name without its directory: {@code curl} for {@code /usr/bin/curl}. */
  public String program() {
    String p = program;
    if (p == null) {
      String name = name();
      p = name.substring(name.lastIndexOf('/') + 1);
      program = p; // every rule asks every command: computed once (a benign race)
    }
    return p;
  }

  /** Whether {@link #program()} is one of {@code programs}. */
  public boolean is(String... programs) {
    String program = program();
    for (String p : programs) {
      if (p.equals(program)) {
        return true;
      }
    }
    return false;
  }

  /** The arguments after the command name. */
  public List<Word> args() {
    return words.isEmpty() ? List.of() : words.subList(1, words.size());
  }

  /** Argument {@code i} (0-based, after the name). */
  public Optional<Word> arg(int i) {
    List<Word> args = args();
    return i >= 0 && i < args.size() ? Optional.of(args.get(i)) : Optional.empty();
  }

  @Override
  public List<Redirection> redirections() {
    return redirections;
  }

  /**
   * Whether any of the flags is given, before a {@code --}. A long flag ({@code --yes}, or a
   * single-dash word such as {@code -auto-approve}) matches itself and {@code --yes=...}; a short
   * flag {@code -y} also matches inside a cluster of letters such as {@code -qy}.
   */
  public boolean hasFlag(String... flags) {
    return flag(flags).isPresent();
  }

  /** The first argument that is one of the flags (as {@link #hasFlag} reads them). */
  public Optional<Word> flag(String... flags) {
    for (Word w : args()) {
      String v = w.value();
      if (v.equals("--")) {
        break;
      }
      for (String flag : flags) {
        if (Flags.matches(v, flag)) {
          return Optional.of(w);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the short flag {@code -letter} is given alone or in a cluster, where the letters in
   * {@code lettersTakingValue} end a cluster because the rest of it is their value: for curl,
   * {@code hasShortFlag('k', "oXuH")} is true for {@code -sSk} and false for {@code -uuser:k}.
   */
  public boolean hasShortFlag(char letter, String lettersTakingValue) {
    return shortFlag(letter, lettersTakingValue).isPresent();
  }

  /** The argument that gives the short flag, as {@link #hasShortFlag} reads it. */
  public Optional<Word> shortFlag(char letter, String lettersTakingValue) {
    for (Word w : args()) {
      String v = w.value();
      if (v.equals("--")) {
        break;
      }
      if (v.length() < 2 || v.charAt(0) != '-' || v.charAt(1) == '-') {
        continue;
      }
      for (int i = 1; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == letter) {
          return Optional.of(w);
        }
        if (lettersTakingValue.indexOf(c) >= 0 || !Character.isLetterOrDigit(c)) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The values given to a flag, in order: the next argument after {@code -t} or {@code --tag},
   * and the rest of {@code --tag=value}, {@code -tvalue} (for a two-character flag) as a word.
   */
  public List<Word> flagValues(String... flags) {
    List<Word> values = new ArrayList<>();
    List<Word> args = args();
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (v.equals("--")) {
        break;
      }
      for (String flag : flags) {
        if (v.equals(flag)) {
          if (i + 1 < args.size()) {
            values.add(args.get(i + 1));
            i++;
          }
          break;
        }
        if (v.length() > flag.length() && v.charAt(flag.length()) == '='
            && v.startsWith(flag)) {
          values.add(args.get(i).afterPrefix(flag.length() + 1));
          break;
        }
        if (flag.length() == 2 && flag.charAt(0) == '-' && flag.charAt(1) != '-'
            && v.length() > 2 && v.startsWith(flag)) {
          values.add(args.get(i).afterPrefix(2));
          break;
        }
      }
    }
    return values;
  }

  /**
   * The arguments that are not flags: words not starting with {@code -} (a lone {@code -}
   * counts), every word after {@code --}, skipping the word after each flag named in
   * {@code flagsTakingValue} (written separately, as in {@code -n kube-system}).
   */
  public List<Word> operands(String... flagsTakingValue) {
    List<Word> operands = new ArrayList<>();
    List<Word> args = args();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      Word w = args.get(i);
      String v = w.value();
      if (optionsEnded || v.equals("-") || !v.startsWith("-")) {
        operands.add(w);
      } else if (v.equals("--")) {
        optionsEnded = true;
      } else if (List.of(flagsTakingValue).contains(v)) {
        i++;
      }
    }
    return operands;
  }

  /** The first operand, such as {@code install} in {@code apt-get -y install curl}. */
  public Optional<Word> subcommand(String... flagsTakingValue) {
    List<Word> operands = operands(flagsTakingValue);
    return operands.isEmpty() ? Optional.empty() : Optional.of(operands.get(0));
  }

  /**
   * The command that actually runs when this one only wraps it: {@code sudo -E apt-get update},
   * {@code env FOO=1 make}, {@code nohup}, {@code exec}, {@code time}, {@code timeout 60},
   * {@code nice}, {@code command}, {@code gosu user}... give a view whose name is the wrapped
   * program (the variables given to {@code env} become its assignments). Other commands give
   * themselves. The view has the same place in the script.
   */
  public Command effective() {
    if (effective == null) {
      List<Assignment> envAssignments = new ArrayList<>(assignments);
      int index = Wrappers.unwrap(words, envAssignments);
      effective = index == 0 ? this
          : new Command(source, start, end, envAssignments, words.subList(index, words.size()),
              redirections, original());
    }
    return effective;
  }

  /** Whether this command wraps another, as {@link #effective()} reads it. */
  public boolean isWrapper() {
    return effective() != this;
  }

  @Override
  public Pipeline pipeline() {
    return original().pipeline;
  }

  /** The command as parsed, for a view made by {@link #effective()}; this command otherwise. */
  Command original() {
    return original == null ? this : original;
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
    return "Command[" + start + ", " + end + ")" + text();
  }
}
