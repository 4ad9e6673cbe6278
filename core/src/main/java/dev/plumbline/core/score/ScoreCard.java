package dev.plumbline.core.score;

import java.util.List;

/**
 * The maturity score of a repository: every item with its status and evidence, every area with
 * its score, the total and its band. What the score reports render.
 *
 * @param score the total, 0 to 100
 * @param band  the band of the total
 * @param areas the five areas, in {@link Area} order
 * @param items every item, in checklist order
 */
public record ScoreCard(int score, Band band, List<AreaResult> areas, List<ItemResult> items) {

  public ScoreCard {
    areas = List.copyOf(areas);
    items = List.copyOf(items);
  }

  /** The items of one area, in checklist order. */
  public List<ItemResult> items(Area area) {
    return items.stream().filter(i -> i.item().area() == area).toList();
  }
}
