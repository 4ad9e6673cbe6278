package dev.plumbline.core.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * How one item stands, why, and where the files show it.
 *
 * @param status   met, not met, not applicable or not visible
 * @param reason   one sentence a report prints beside the item
 * @param evidence what shows it met, or the findings and facts that contradict it; sorted,
 *                 without repeats; empty when nothing points at a place (nothing found)
 */
public record Assessment(Status status, String reason, List<Evidence> evidence) {

  public Assessment {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    List<Evidence> sorted = new ArrayList<>(new LinkedHashSet<>(evidence));
    sorted.sort(Evidence.ORDER);
    evidence = List.copyOf(sorted);
  }

  public static Assessment met(String reason, List<Evidence> evidence) {
    return new Assessment(Status.MET, reason, evidence);
  }

  public static Assessment notMet(String reason, List<Evidence> evidence) {
    return new Assessment(Status.NOT_MET, reason, evidence);
  }

  public static Assessment notApplicable(String reason) {
    return new Assessment(Status.NOT_APPLICABLE, reason, List.of());
  }

  public static Assessment notVisible(String reason) {
    return new Assessment(Status.NOT_VISIBLE, reason, List.of());
  }
}
