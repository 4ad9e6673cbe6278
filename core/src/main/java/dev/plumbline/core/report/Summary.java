package dev.plumbline.core.report;

import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.rule.Finding;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts of a run's findings by severity and of the files they are in, both without the
 * suppressed findings, and the number of suppressed findings apart.
 */
record Summary(int errors, int warnings, int notes, int suppressed, int filesWithFindings,
    int filesLinted) {

  static Summary of(LintResult result) {
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int suppressed = 0;
    Set<String> files = new HashSet<>();
    for (Finding f : result.findings()) {
      if (f.isSuppressed()) {
        suppressed++;
        continue;
      }
      switch (f.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case NOTE -> notes++;
      }
      files.add(f.path());
    }
    return new Summary(errors, warnings, notes, suppressed, files.size(), result.filesLinted());
  }

  int findings() {
    return errors + warnings + notes;
  }
}
