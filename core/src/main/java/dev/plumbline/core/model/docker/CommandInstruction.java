package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;

/** RUN, CMD and ENTRYPOINT: a command in shell or exec form, and the shell in effect for it. */
public abstract class CommandInstruction extends Instruction {

  private ShellSpec shell = ShellSpec.DEFAULT;

  CommandInstruction(InstructionNode node) {
    super(node);
  }

  public CommandLine command() {
    return commandLine(syntax(), 0);
  }

  /** The shell of the shell form: the stage's last SHELL before it, or Docker's default. */
  public ShellSpec shell() {
    return shell;
  }

  void shell(ShellSpec inEffect) {
    this.shell = inEffect;
  }

  /** The command of an instruction whose arguments after the first {@code skip} are a command. */
  static CommandLine commandLine(InstructionNode node, int skip) {
    List<Word> args = node.arguments();
    List<Word> rest = args.subList(Math.min(skip, args.size()), args.size());
    Span span = rest.isEmpty()
        ? node.argumentText().map(Word::span).orElse(Span.at(node.span().end()))
        : rest.get(0).span().union(rest.get(rest.size() - 1).span());
    if (node.isExecForm()) {
      return new CommandLine(Optional.empty(), rest, span);
    }
    return new CommandLine(rest.isEmpty() ? Optional.empty() : Optional.of(rest.get(0)),
        List.of(), span);
  }
}
