package dev.plumbline.rules.docker;

import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A run of pip: {@code pip}, {@code pip3}, {@code pip3.12}, or {@code python -m pip} (any
 * {@code python}, {@code python3}, {@code python3.12}), seen through wrappers such as
 * {@code sudo} and {@code env}.
 *
 * @param command the command ({@link Command#effective()} view)
 * @param first   the word the pip run starts with: {@code pip3} or {@code python3}
 * @param args    the arguments after {@code pip}
 */
record Pip(Command command, Word first, List<Word> args) {

  /** Options, before or after the subcommand, whose value is the next word. */
  static final Set<String> OPTIONS_WITH_VALUE = Set.of("-r", "--requirement", "-c",
      "--constraint", "-e", "--editable", "-t", "--target", "--prefix", "--root", "-i",
      "--index-url", "--extra-index-url", "-f", "--find-links", "--platform", "--python-version",
      "--implementation", "--abi", "--src", "--upgrade-strategy", "--progress-bar",
      "--no-binary", "--only-binary", "--trusted-host", "--proxy", "--cache-dir", "--log",
      "--retries", "--timeout", "--global-option", "--install-option", "-C", "--config-settings",
      "--report", "--python", "--exists-action", "--cert", "--client-cert", "--keyring-provider",
      "--use-feature", "--use-deprecated", "--root-user-action");

  /** The pip run a command is, if it is one. */
  static Optional<Pip> of(Command command) {
    Command c = command.effective();
    Optional<Word> name = c.nameWord();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String program = c.program();
    if (program.matches("pip[0-9.]*")) {
      return Optional.of(new Pip(c, name.get(), c.args()));
    }
    if (!program.matches("python[0-9.]*")) {
      return Optional.empty();
    }
    List<Word> args = c.args();
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (v.equals("-m") && i + 1 < args.size() && args.get(i + 1).value().equals("pip")) {
        return Optional.of(new Pip(c, name.get(), args.subList(i + 2, args.size())));
      }
      if (v.equals("-mpip")) {
        return Optional.of(new Pip(c, name.get(), args.subList(i + 1, args.size())));
      }
      if (!v.startsWith("-")) {
        return Optional.empty(); // a script: python setup.py
      }
    }
    return Optional.empty();
  }

  /** The pip run of a command when it is {@code pip install}. */
  static Optional<Pip> install(Command command) {
    return of(command).filter(p -> p.subcommand().filter(w -> w.value().equals("install"))
        .isPresent());
  }

  /** The subcommand word: {@code install}, {@code cache}, {@code wheel}. */
  Optional<Word> subcommand() {
    List<Word> operands = operands();
    return operands.isEmpty() ? Optional.empty() : Optional.of(operands.get(0));
  }

  /** The words that are not options or option values, the subcommand first. */
  List<Word> operands() {
    List<Word> operands = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      Word w = args.get(i);
      String v = w.value();
      if (optionsEnded || !v.startsWith("-") || v.equals("-")) {
        operands.add(w);
      } else if (v.equals("--")) {
        optionsEnded = true;
      } else if (OPTIONS_WITH_VALUE.contains(v)) {
        i++;
      }
    }
    return operands;
  }

  /** Whether any of the options is given (as {@code --name} or {@code --name=value}). */
  boolean has(String... options) {
    return option(options).isPresent();
  }

  /** The first argument that is one of the options. */
  Optional<Word> option(String... options) {
    for (Word w : args) {
      String v = w.value();
      if (v.equals("--")) {
        break;
      }
      for (String o : options) {
        if (v.equals(o) || v.startsWith(o + "=")) {
          return Optional.of(w);
        }
      }
    }
    return Optional.empty();
  }

  /** The value of an option: the next word, or the rest of {@code --name=value}. */
  Optional<String> optionValue(String... options) {
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      for (String o : options) {
        if (v.equals(o) && i + 1 < args.size()) {
          return Optional.of(args.get(i + 1).value());
        }
        if (v.startsWith(o + "=")) {
          return Optional.of(v.substring(o.length() + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** From the first word to the subcommand, as written: {@code python3 -m pip install}. */
  String head(String script) {
    int end = subcommand().map(Word::end).orElse(first.end());
    return RunScript.oneLine(script.substring(first.start(), end));
  }
}
