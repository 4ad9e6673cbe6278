package dev.plumbline.core.engine.baseline;

import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.LintedFile;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.report.Fingerprints;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suppression;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The findings a project has accepted, and the matching of a run's findings against them.
 *
 * <p>Entries are a multiset: an entry hides at most one finding, so two identical lines with the
 * same problem need two entries, and a third such line added later is reported. Among findings
 * and entries with the same rule, path and line hash, the first finding in report order takes
 * the entry recorded at the lowest line.
 *
 * <p>Only findings that are not already suppressed (in the source) are matched or recorded.
 */
public final class Baseline {

  /** Up to this many entries that no longer match get one note each; more get one summary. */
  public static final int MAX_STALE_NOTES = 20;

  private final List<BaselineEntry> entries;

  /** A baseline of these entries, kept in {@link BaselineEntry#ORDER}. */
  public Baseline(List<BaselineEntry> entries) {
    List<BaselineEntry> sorted = new ArrayList<>(entries);
    sorted.sort(BaselineEntry.ORDER);
    this.entries = List.copyOf(sorted);
  }

  /** A baseline that accepts every finding that is not suppressed. */
  public static Baseline of(List<Finding> findings, BaselinePaths paths) {
    List<BaselineEntry> entries = new ArrayList<>();
    for (Finding f : findings) {
      if (!f.isSuppressed()) {
        entries.add(new BaselineEntry(f.ruleId(), paths.toBaseline(f.path()),
            Fingerprints.lineHash(f), f.span().start().line(), f.message()));
      }
    }
    return new Baseline(entries);
  }

  /** In {@link BaselineEntry#ORDER}. */
  public List<BaselineEntry> entries() {
    return entries;
  }

  /**
   * Hides the findings this baseline accepts: each matched finding gets an
   * {@link Suppression#external external} suppression "baseline NAME" (it stays in the result for
   * the reports that show suppressed findings, and no longer counts). Adds a note saying how many
   * were hidden, and notes for the entries that matched nothing although their file was linted
   * in this run or no longer exists (fixed, edited, moved or deleted): one per entry up to
   * {@value #MAX_STALE_NOTES}, one summary beyond. Entries for files the run did not look at
   * are not reported.
   *
   * @param name how the baseline file is named in messages and suppressions
   */
  public BaselineMatch apply(LintResult result, BaselinePaths paths, String name) {
    Map<BaselineEntry.Key, Deque<BaselineEntry>> unmatched = new HashMap<>();
    for (BaselineEntry e : entries) {
      unmatched.computeIfAbsent(e.key(), k -> new ArrayDeque<>()).add(e);
    }
    Suppression suppression = Suppression.external("baseline " + name);
    List<Finding> findings = new ArrayList<>();
    int hidden = 0;
    for (Finding f : result.findings()) {
      if (!f.isSuppressed()) {
        Deque<BaselineEntry> candidates = unmatched.get(new BaselineEntry.Key(f.ruleId(),
            paths.toBaseline(f.path()), Fingerprints.lineHash(f)));
        if (candidates != null && candidates.poll() != null) {
          f = f.withSuppression(suppression);
          hidden++;
        }
      }
      findings.add(f);
    }

    Set<String> linted = new HashSet<>();
    for (LintedFile file : result.files()) {
      linted.add(paths.toBaseline(file.path()));
    }
    List<BaselineEntry> stale = new ArrayList<>();
    for (BaselineEntry e : entries) {
      Deque<BaselineEntry> left = unmatched.get(e.key());
      if (left.contains(e) && (linted.contains(e.path())
          || !Files.exists(paths.toFile(e.path())))) {
        stale.add(e);
        left.remove(e);
      }
    }

    List<Notification> notifications = new ArrayList<>(result.notifications());
    if (hidden > 0) {
      notifications.add(Notification.note(null, hidden + (hidden == 1 ? " finding" : " findings")
          + " hidden by baseline " + name + "."));
    }
    notifications.addAll(staleNotes(stale, paths));
    notifications.sort(Notification.ORDER);
    return new BaselineMatch(new LintResult(findings, result.rules(), notifications,
        result.files()), hidden, stale);
  }

  private static List<Notification> staleNotes(List<BaselineEntry> stale, BaselinePaths paths) {
    if (stale.size() > MAX_STALE_NOTES) {
      long files = stale.stream().map(BaselineEntry::path).distinct().count();
      return List.of(Notification.note(null, stale.size() + " baseline entries in " + files
          + (files == 1 ? " file" : " files") + " no longer match (fixed or changed?); run "
          + "--write-baseline to update the baseline."));
    }
    List<Notification> notes = new ArrayList<>();
    for (BaselineEntry e : stale) {
      notes.add(new Notification(Severity.NOTE, "baseline entry no longer matches: " + e.rule()
          + (e.line() > 0 ? " recorded at line " + e.line() : "")
          + " (fixed or changed?); run --write-baseline to update it.",
          Optional.of(paths.toDisplay(e.path())), Optional.of(e.rule()), Optional.empty()));
    }
    return notes;
  }
}
