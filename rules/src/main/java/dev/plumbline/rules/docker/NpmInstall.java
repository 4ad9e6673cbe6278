package dev.plumbline.rules.docker;

import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code npm install} (or one of its aliases: {@code npm i}, {@code npm add}...), seen through
 * wrappers such as {@code sudo}.
 *
 * @param command  the command ({@link Command#effective()} view)
 * @param install  the subcommand word
 * @param packages the packages named after it; empty to install what package.json lists
 */
record NpmInstall(Command command, Word install, List<Word> packages) {

  private static final Set<String> ALIASES = Set.of("install", "i", "in", "ins", "inst", "insta",
      "instal", "isnt", "isnta", "isntal", "isntall", "add");
  /** Options whose value is the next word. */
  private static final String[] OPTIONS_WITH_VALUE = {"--prefix", "-C", "--registry", "--cache",
      "-w", "--workspace", "--omit", "--include", "--loglevel", "--only", "--userconfig",
      "--globalconfig", "--tag", "--install-strategy", "--before", "--location", "--scope",
      "--fetch-retries", "--fetch-timeout", "--otp", "--script-shell"};

  static Optional<NpmInstall> of(Command command) {
    Command c = command.effective();
    if (!c.is("npm")) {
      return Optional.empty();
    }
    List<Word> operands = c.operands(OPTIONS_WITH_VALUE);
    if (operands.isEmpty() || !ALIASES.contains(operands.get(0).value())) {
      return Optional.empty();
    }
    return Optional.of(new NpmInstall(c, operands.get(0), operands.subList(1, operands.size())));
  }

  /** {@code -g}/{@code --global}: installs into the global folder, not the project. */
  boolean isGlobal() {
    return command.hasFlag("-g", "--global") || command.flagValues("--location").stream()
        .anyMatch(w -> w.value().equals("global"));
  }
}
