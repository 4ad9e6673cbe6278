package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;

/** An instruction Docker does not know (a typo such as {@code RUNN}); Docker rejects the file. */
public final class UnknownInstruction extends Instruction {
  UnknownInstruction(InstructionNode node) {
    super(node);
  }
}
