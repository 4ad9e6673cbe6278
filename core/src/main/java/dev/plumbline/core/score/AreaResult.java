package dev.plumbline.core.score;

import java.util.Optional;

/**
 * How an area stands.
 *
 * @param area             the area
 * @param metWeight        the weights of its met items, added up
 * @param applicableWeight the weights of its met and not-met items, added up: the denominator
 *                         (not-applicable and not-visible items are left out)
 * @param score            {@code 100 * metWeight / applicableWeight}, rounded half up; empty
 *                         when no item of the area applies (the area is left out of the total)
 * @param effectiveWeight  the area's share of the total after the areas left out are taken
 *                         away and the rest scaled up to 100, as a decimal with two places
 *                         ({@code "33.33"}); {@code "0.00"} for an area left out
 */
public record AreaResult(Area area, int metWeight, int applicableWeight, Optional<Integer> score,
    String effectiveWeight) {

  /** Whether the area counts in the total. */
  public boolean included() {
    return score.isPresent();
  }
}
