package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import java.util.Optional;

/** {@code MAINTAINER name}: deprecated for {@code LABEL org.opencontainers.image.authors}. */
public final class Maintainer extends Instruction {

  Maintainer(InstructionNode node) {
    super(node);
  }

  public Optional<Word> maintainer() {
    return arguments().stream().findFirst();
  }
}
