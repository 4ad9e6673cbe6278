package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Flag;
import dev.plumbline.core.docker.InstructionNode;
import java.util.Optional;

/**
 * {@code ADD src... dest}: like COPY, but also fetches URLs and Git repositories and unpacks
 * local archives.
 */
public final class Add extends FileCopy {

  Add(InstructionNode node) {
    super(node);
  }

  /** {@code --checksum=sha256:...} for a remote source. */
  public Optional<Flag> checksum() {
    return flag("checksum");
  }
}
