package dev.plumbline.core.score;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A place that shows an item met, or a finding that contradicts it.
 *
 * @param path       the file, as findings name it
 * @param line       1-based
 * @param column     1-based, in code points
 * @param note       what the place shows, in a few words
 * @param ruleId     the rule whose finding this is; null for a fact
 * @param suppressed whether the finding is suppressed in the source (it still counts: a
 *                   suppression accepts a finding, it does not make the item met)
 */
public record Evidence(String path, int line, int column, String note, String ruleId,
    boolean suppressed) {

  /** By path, line, column, note, then rule. */
  public static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::path)
      .thenComparingInt(Evidence::line).thenComparingInt(Evidence::column)
      .thenComparing(Evidence::note).thenComparing(e -> e.ruleId == null ? "" : e.ruleId);

  public Evidence {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(note, "note");
  }

  public Optional<String> rule() {
    return Optional.ofNullable(ruleId);
  }

  /** {@code path:line}. */
  public String location() {
    return path + ":" + line;
  }
}
