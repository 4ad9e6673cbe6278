package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;

/** {@code LABEL key=value ...}: image metadata. */
public final class Label extends KeyValueInstruction {
  Label(InstructionNode node) {
    super(node);
  }
}
