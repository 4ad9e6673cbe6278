package dev.plumbline.core.score;

import dev.plumbline.core.engine.ModelObserver;
import java.util.List;

/**
 * Collects {@link Fact}s from the models of a run: given to the engine as its
 * {@link ModelObserver}, asked for the facts once the run is over. Like every observer it is
 * called from several threads at once.
 */
public interface FactSource extends ModelObserver {

  /** What the run's models showed, in {@link Fact#ORDER}; called once the run is over. */
  List<Fact> facts();
}
