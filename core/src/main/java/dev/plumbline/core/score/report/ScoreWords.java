package dev.plumbline.core.score.report;

import dev.plumbline.core.score.AreaResult;
import dev.plumbline.core.score.ItemResult;
import dev.plumbline.core.score.ScoreCard;
import dev.plumbline.core.score.Status;
import java.util.List;

/** Phrases the score's human-readable reports share, so that they say the same thing. */
final class ScoreWords {

  private ScoreWords() {}

  /** {@code met}, {@code not met}, {@code not applicable}, {@code not visible}. */
  static String status(Status status) {
    return status.label().replace('-', ' ');
  }

  /** {@code 80/100}, or {@code not scored} for an area left out of the total. */
  static String areaScore(AreaResult area) {
    return area.score().map(s -> s + "/100").orElse("not scored");
  }

  /** {@code met 8 of 10}, or why the area is not scored. */
  static String areaWeights(AreaResult area) {
    return area.included() ? "weight met " + area.metWeight() + " of " + area.applicableWeight()
        : "no item applies or can be seen";
  }

  /** {@code 12 met, 8 not met, 5 not applicable, 6 not visible}. */
  static String counts(ScoreCard card) {
    StringBuilder out = new StringBuilder();
    for (Status status : Status.values()) {
      long n = card.items().stream().filter(i -> i.status() == status).count();
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(n).append(' ').append(status(status));
    }
    return out.toString();
  }

  /** The first {@code limit} of a list (all of it when it is shorter). */
  static <T> List<T> first(List<T> list, int limit) {
    return list.size() <= limit ? list : list.subList(0, limit);
  }

  /** {@code ... and 7 more}, when evidence was left out. */
  static String more(ItemResult item, int shown) {
    return "... and " + (item.assessment().evidence().size() - shown) + " more";
  }
}
