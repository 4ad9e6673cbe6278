package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Flag;
import dev.plumbline.core.docker.InstructionNode;
import java.util.Optional;

/** {@code COPY [--from=stage] src... dest}. */
public final class Copy extends FileCopy {

  private Stage fromStage;

  Copy(InstructionNode node) {
    super(node);
  }

  /** The {@code --from} flag: a stage name, a stage index or an image. */
  public Optional<Flag> from() {
    return flag("from");
  }

  /**
   * The stage {@code --from} names, when it names a stage defined before this one (by name, in
   * any case, or by index).
   */
  public Optional<Stage> fromStage() {
    return Optional.ofNullable(fromStage);
  }

  void fromStage(Stage stage) {
    this.fromStage = stage;
  }
}
