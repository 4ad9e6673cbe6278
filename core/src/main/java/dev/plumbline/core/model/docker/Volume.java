package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import java.util.List;

/** {@code VOLUME path...} or {@code VOLUME ["path"]}: mount points. */
public final class Volume extends Instruction {

  Volume(InstructionNode node) {
    super(node);
  }

  public List<Word> paths() {
    return arguments();
  }
}
