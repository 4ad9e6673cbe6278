package dev.plumbline.core.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic of the score. Each area scores the weights of its met items over the weights of
 * its items that count (met or not met; not-applicable and not-visible items are left out of the
 * denominator). The total is the weighted mean of the area scores over the areas that have an
 * item that counts: an area with none is left out and the weights of the others are scaled up
 * to add up to 100 again. The total is rounded half up to an integer; with no area left (which
 * the model's always-applicable items prevent) it is 0.
 */
public final class Scorer {

  private Scorer() {}

  /** Judges every item of the model and adds them up. */
  public static ScoreCard score(List<Item> model, ScoreInput input) {
    List<ItemResult> results = new ArrayList<>();
    for (Item item : model) {
      results.add(new ItemResult(item, item.assess(input)));
    }
    return total(results);
  }

  /** Adds up items already judged. */
  public static ScoreCard total(List<ItemResult> results) {
    List<Ratio> areaScores = new ArrayList<>();
    List<int[]> weights = new ArrayList<>();
    long includedWeight = 0;
    for (Area area : Area.values()) {
      int met = 0;
      int counted = 0;
      for (ItemResult r : results) {
        if (r.item().area() == area && r.status().counts()) {
          counted += r.item().weight();
          if (r.status() == Status.MET) {
            met += r.item().weight();
          }
        }
      }
      weights.add(new int[] {met, counted});
      areaScores.add(counted == 0 ? null : Ratio.of(met, counted));
      if (counted > 0) {
        includedWeight += area.weight();
      }
    }
    Ratio total = Ratio.ZERO;
    List<AreaResult> areas = new ArrayList<>();
    for (Area area : Area.values()) {
      Ratio areaScore = areaScores.get(area.ordinal());
      int[] w = weights.get(area.ordinal());
      if (areaScore == null) {
        areas.add(new AreaResult(area, w[0], w[1], Optional.empty(), "0.00"));
        continue;
      }
      Ratio share = Ratio.of(area.weight(), includedWeight);
      total = total.plus(share.times(areaScore));
      areas.add(new AreaResult(area, w[0], w[1],
          Optional.of(areaScore.times(Ratio.of(100, 1)).roundHalfUp()),
          share.times(Ratio.of(100, 1)).toDecimal(2)));
    }
    int score = total.times(Ratio.of(100, 1)).roundHalfUp();
    return new ScoreCard(score, Band.of(score), areas, results);
  }
}
