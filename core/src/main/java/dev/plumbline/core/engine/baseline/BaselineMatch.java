package dev.plumbline.core.engine.baseline;

import dev.plumbline.core.engine.LintResult;
import java.util.List;

/**
 * What applying a baseline gave.
 *
 * @param result the run's result with the matched findings suppressed and the baseline's notes
 *               added
 * @param hidden how many findings the baseline hid
 * @param stale  the entries that no longer match a finding, in {@link BaselineEntry#ORDER}
 */
public record BaselineMatch(LintResult result, int hidden, List<BaselineEntry> stale) {

  public BaselineMatch {
    stale = List.copyOf(stale);
  }
}
