package dev.plumbline.rules.docker;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A package manager command of a RUN script with a literal subcommand, such as
 * {@code apt-get install -y curl}, seen through wrappers like {@code sudo} and {@code env}.
 *
 * @param command    the command as it runs (its {@link Command#effective()} view)
 * @param manager    the package manager
 * @param subcommand the first operand: {@code install}, {@code add}, {@code update}...
 */
record PackageCommand(Command command, PackageManager manager, Word subcommand) {

  /** The package manager commands of a script, in the order written. */
  static List<PackageCommand> in(Script script) {
    List<PackageCommand> found = new ArrayList<>();
    for (Command raw : script.commands()) {
      of(raw).ifPresent(found::add);
    }
    return found;
  }

  /** The package manager command {@code raw} runs, if it runs one with a literal subcommand. */
  static Optional<PackageCommand> of(Command raw) {
    Command c = raw.effective();
    return PackageManager.of(c).flatMap(manager -> c.subcommand(manager.family().valueFlags())
        .filter(Word::isLiteral).map(sub -> new PackageCommand(c, manager, sub)));
  }

  /** The subcommand as given: {@code install}. */
  String action() {
    return subcommand.value();
  }

  /** Whether the subcommand is one of {@code actions}. */
  boolean is(String... actions) {
    return List.of(actions).contains(action());
  }

  /** Whether the manager is one of {@code managers}. */
  boolean by(PackageManager... managers) {
    return List.of(managers).contains(manager);
  }

  PackageManager.Family family() {
    return manager.family();
  }

  /** Where the command starts in the script text. */
  int start() {
    return command.start();
  }

  /** The operands after the subcommand: package names, files, group names. */
  List<Word> operands() {
    List<Word> operands = command.operands(manager.family().valueFlags());
    return operands.isEmpty() ? operands : operands.subList(1, operands.size());
  }

  /**
   * Whether the command reads its answers from a pipe that says yes: {@code yes | apt-get ...},
   * {@code echo y | yum ...}.
   */
  boolean answeredThroughPipe() {
    if (!(command.previousInPipeline().orElse(null) instanceof Command feeder)) {
      return false;
    }
    Command f = feeder.effective();
    if (f.is("yes")) {
      return f.args().isEmpty() || f.args().get(0).value().toLowerCase(Locale.ROOT)
          .startsWith("y");
    }
    return f.is("echo", "printf") && !f.operands().isEmpty()
        && f.operands().get(0).value().toLowerCase(Locale.ROOT).startsWith("y");
  }

  /** For messages: {@code apt-get install}. */
  String label() {
    return command.program() + " " + action();
  }
}
