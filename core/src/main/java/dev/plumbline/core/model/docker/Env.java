package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;

/** {@code ENV name=value ...}: environment variables of the build and of the image. */
public final class Env extends KeyValueInstruction {
  Env(InstructionNode node) {
    super(node);
  }
}
