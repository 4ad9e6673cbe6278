package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import java.util.Optional;

/**
 * {@code ONBUILD instruction}: an instruction that runs later, in builds that use this image as
 * their base. The engine does not visit the trigger as an instruction of its own; rules that care
 * look at {@link #trigger()}.
 */
public final class Onbuild extends Instruction {

  private Instruction trigger;

  Onbuild(InstructionNode node) {
    super(node);
  }

  /** The wrapped instruction; empty for a bare ONBUILD. */
  public Optional<Instruction> trigger() {
    return Optional.ofNullable(trigger);
  }

  void trigger(Instruction wrapped) {
    this.trigger = wrapped;
  }
}
