package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Copy;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Mount;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.docker.Stage;
import java.util.List;
import java.util.Optional;

/**
 * Which stages end up in an image, for the rules about what a layer leaves behind (caches,
 * package lists): a builder stage that later stages only copy files from is thrown away with
 * everything in its layers.
 */
final class ShippedStages {

  private ShippedStages() {}

  /**
   * Whether the layer an instruction writes can be part of a built image: true for the final
   * stage, for an ONBUILD trigger, for a stage a shipped stage builds on, and for a stage nothing
   * later refers to (it may be built with {@code --target}); false for a stage that is only
   * copied from or only built on by stages that are themselves thrown away.
   */
  static boolean ships(Instruction instruction) {
    if (instruction.isTrigger()) {
      return true;
    }
    return instruction.stage().map(ShippedStages::ships).orElse(true);
  }

  static boolean ships(Stage stage) {
    if (stage.isFinal()) {
      return true;
    }
    List<Stage> stages = stage.dockerfile().stages();
    boolean referenced = false;
    for (Stage later : stages.subList(stage.index() + 1, stages.size())) {
      if (later.baseStage().filter(b -> b == stage).isPresent()) {
        if (ships(later)) {
          return true;
        }
        referenced = true;
      }
      referenced |= copiesFrom(later, stage);
    }
    return !referenced;
  }

  /** Whether {@code later} copies or mounts files from {@code stage}. */
  private static boolean copiesFrom(Stage later, Stage stage) {
    for (Instruction i : later.instructions()) {
      if (i instanceof Copy copy && copy.fromStage().filter(s -> s == stage).isPresent()) {
        return true;
      }
      if (i instanceof Run run) {
        for (Mount mount : run.mounts()) {
          Optional<String> from = mount.option("from");
          if (from.isPresent() && later.dockerfile().stage(from.get())
              .filter(s -> s == stage).isPresent()) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
