package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Cmd;
import dev.plumbline.core.model.docker.CommandInstruction;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Entrypoint;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The image {@code docker build} produces: the final stage and the stages it builds on through
 * {@code FROM <stage>}, whose USER, CMD, ENTRYPOINT and HEALTHCHECK it inherits. What an image
 * pulled from a registry at the bottom of that chain sets is not known.
 */
final class FinalImage {

  /** The final stage first, then each stage it builds on. */
  private final List<Stage> chain;

  private FinalImage(List<Stage> chain) {
    this.chain = List.copyOf(chain);
  }

  static Optional<FinalImage> of(Dockerfile dockerfile) {
    return dockerfile.finalStage().map(last -> {
      List<Stage> chain = new ArrayList<>();
      for (Optional<Stage> s = Optional.of(last); s.isPresent(); s = s.get().baseStage()) {
        chain.add(s.get());
      }
      return new FinalImage(chain);
    });
  }

  /** The final stage first, then each stage it builds on. */
  List<Stage> stages() {
    return chain;
  }

  /** The stages in build order: the one built on a registry image first, the final stage last. */
  List<Stage> buildOrder() {
    List<Stage> order = new ArrayList<>(chain);
    Collections.reverse(order);
    return order;
  }

  /** Whether the layers of a stage end up in the image; other stages are only copied from. */
  static boolean ships(Stage stage) {
    return of(stage.dockerfile()).map(image -> image.chain.contains(stage)).orElse(false);
  }

  /** The final stage. */
  Stage stage() {
    return chain.get(0);
  }

  /** The stage at the bottom of the chain, whose FROM names a registry image or scratch. */
  Stage root() {
    return chain.get(chain.size() - 1);
  }

  /** The instruction of a type in effect: the last one of the nearest stage that has one. */
  <T extends Instruction> Optional<T> last(Class<T> type) {
    for (Stage stage : chain) {
      Optional<T> found = stage.last(type);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * What this Dockerfile makes the container start: the ENTRYPOINT in effect, else the CMD in
   * effect; empty ones ({@code ENTRYPOINT []}, which only resets the base image's) do not count.
   */
  Optional<CommandInstruction> startCommand() {
    Optional<CommandInstruction> entrypoint = last(Entrypoint.class)
        .map(CommandInstruction.class::cast).filter(FinalImage::runsSomething);
    return entrypoint.isPresent() ? entrypoint
        : last(Cmd.class).map(CommandInstruction.class::cast).filter(FinalImage::runsSomething);
  }

  private static boolean runsSomething(CommandInstruction instruction) {
    return !instruction.command().isEmpty()
        && !instruction.command().text().isBlank();
  }

  /**
   * Where a finding about the whole image belongs: the CMD or ENTRYPOINT that starts the
   * container when the final stage has it, since what is missing goes right above it; else the
   * image of the final stage's FROM, the stage that should get it.
   */
  Span placeFor(CommandInstruction start) {
    if (start.stage().filter(s -> s == stage()).isPresent()) {
      return start.keywordSpan();
    }
    return stage().image().map(i -> i.word().span()).orElse(stage().from().keywordSpan());
  }
}
