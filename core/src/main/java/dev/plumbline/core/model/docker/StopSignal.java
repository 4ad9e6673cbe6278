package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import java.util.Optional;

/** {@code STOPSIGNAL signal}: the signal that stops the container. */
public final class StopSignal extends Instruction {

  StopSignal(InstructionNode node) {
    super(node);
  }

  public Optional<Word> signal() {
    return arguments().stream().findFirst();
  }
}
