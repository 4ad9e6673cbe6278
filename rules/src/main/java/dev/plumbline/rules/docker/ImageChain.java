package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The stages whose layers make up the image {@code docker build} produces: the final stage and
 * the stages it builds on through {@code FROM <stage>}. Other stages are thrown away once their
 * files are copied out with {@code COPY --from}.
 */
final class ImageChain {

  /** Base first, final stage last. */
  private final List<Stage> stages;

  private ImageChain(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** The chain of the final stage; empty for a Dockerfile without stages. */
  static Optional<ImageChain> of(Dockerfile dockerfile) {
    return dockerfile.finalStage().map(ImageChain::ending);
  }

  /** The chain that ends with {@code stage}. */
  static ImageChain ending(Stage stage) {
    List<Stage> chain = new ArrayList<>();
    for (Optional<Stage> s = Optional.of(stage); s.isPresent(); s = s.get().baseStage()) {
      chain.add(s.get());
    }
    Collections.reverse(chain);
    return new ImageChain(chain);
  }

  /** Whether the layers of a stage end up in the final image. */
  static boolean shipsStage(Stage stage) {
    return of(stage.dockerfile()).map(c -> c.stages.contains(stage)).orElse(false);
  }

  /** The stages in build order: the one built on a registry image first, the final stage last. */
  List<Stage> stages() {
    return stages;
  }

  boolean contains(Stage stage) {
    return stages.contains(stage);
  }
}
