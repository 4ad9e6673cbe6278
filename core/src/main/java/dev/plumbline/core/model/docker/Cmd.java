package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;

/** {@code CMD}: the container's default command, or default arguments for its ENTRYPOINT. */
public final class Cmd extends CommandInstruction {
  Cmd(InstructionNode node) {
    super(node);
  }
}
