package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import java.util.Optional;

/** {@code WORKDIR path}: the working directory of what follows (created if missing). */
public final class Workdir extends Instruction {

  Workdir(InstructionNode node) {
    super(node);
  }

  public Optional<Word> path() {
    return arguments().stream().findFirst();
  }
}
