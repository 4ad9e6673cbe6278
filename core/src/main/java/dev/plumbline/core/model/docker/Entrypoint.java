package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;

/** {@code ENTRYPOINT}: the program the container runs. */
public final class Entrypoint extends CommandInstruction {
  Entrypoint(InstructionNode node) {
    super(node);
  }
}
