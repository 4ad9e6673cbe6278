package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import java.util.List;

/** {@code EXPOSE port[/protocol] ...}: documents the ports the container listens on. */
public final class Expose extends Instruction {

  Expose(InstructionNode node) {
    super(node);
  }

  public List<ExposedPort> ports() {
    return arguments().stream().map(ExposedPort::new).toList();
  }
}
