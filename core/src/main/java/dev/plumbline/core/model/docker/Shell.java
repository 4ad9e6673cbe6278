package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import java.util.List;
import java.util.Optional;

/** {@code SHELL ["executable", "parameters"]}: the shell of later shell-form commands. */
public final class Shell extends Instruction {

  Shell(InstructionNode node) {
    super(node);
  }

  /** The program and its arguments; empty unless written as a JSON array, as Docker requires. */
  public List<Word> argv() {
    return isExecForm() ? arguments() : List.of();
  }

  /** The shell it sets; empty when the instruction is not a usable JSON array. */
  public Optional<ShellSpec> spec() {
    List<Word> argv = argv();
    if (argv.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ShellSpec(argv.stream().map(Word::value).toList(), Optional.of(this)));
  }
}
