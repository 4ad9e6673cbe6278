package dev.plumbline.core.score;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One item of the checklist.
 *
 * @param id       stable, such as {@code CI-1}; never reused for another meaning
 * @param area     the area it counts in
 * @param text     the item as the checklist words it
 * @param weight   its weight within its area (a positive integer)
 * @param judgedBy how the files show it, for the documentation
 * @param ruleIds  the rules whose findings it reads (a trailing {@code *} names a prefix); the
 *                 score runs them even where they are off by default
 * @param judge    the evidence function: the item's status, reason and evidence for a run;
 *                 {@link ScoreInput#against()} gives it the findings of {@code ruleIds}
 */
public record Item(String id, Area area, String text, int weight, String judgedBy,
    List<String> ruleIds, Function<ScoreInput, Assessment> judge) {

  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(judgedBy, "judgedBy");
    Objects.requireNonNull(judge, "judge");
    ruleIds = List.copyOf(ruleIds);
    if (weight < 1) {
      throw new IllegalArgumentException(id + ": weight must be positive, not " + weight);
    }
  }

  /** Judges the item; an evidence function never returns null. */
  public Assessment assess(ScoreInput input) {
    return Objects.requireNonNull(judge.apply(input.about(this)), id);
  }
}
