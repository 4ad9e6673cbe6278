package dev.plumbline.core.engine.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * One accepted finding. A finding matches the entry when its rule, its path and the
 * {@link dev.plumbline.core.report.Fingerprints#lineHash line hash} of its source lines are the
 * entry's; {@code line} and {@code message} are recorded for the people reading the file and for
 * messages about entries that no longer match, never for matching, so that lines inserted above a
 * finding or a reworded message keep it matched.
 *
 * @param rule        the rule ID
 * @param path        the file, {@code /}-separated, relative to the directory that holds the
 *                    baseline file
 * @param fingerprint the line hash of the finding's source lines
 * @param line        the line the finding was on when the entry was written (informational)
 * @param message     the finding's message when the entry was written (informational)
 */
public record BaselineEntry(String rule, String path, String fingerprint, int line,
    String message) {

  /** File order: path, line, rule, fingerprint, message. */
  public static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
      .thenComparingInt(BaselineEntry::line)
      .thenComparing(BaselineEntry::rule)
      .thenComparing(BaselineEntry::fingerprint)
      .thenComparing(BaselineEntry::message);

  public BaselineEntry {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(message, "message");
  }

  /** What matching compares. */
  Key key() {
    return new Key(rule, path, fingerprint);
  }

  /** The identity of a finding for matching. */
  record Key(String rule, String path, String fingerprint) {}
}
