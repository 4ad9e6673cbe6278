package dev.plumbline.core.engine;

import java.util.List;

/**
 * A {@link PlatformLinter} whose rules also look across the files of a run. After every file is
 * linted, and before any file's suppressions are applied, the engine hands the linter all the
 * files of its platform at once; the linter reads what it {@linkplain FileLint#attach attached}
 * to each file and reports cross-file findings into the files they point into with
 * {@link FileLint#report}. Linting a single file runs this phase over that file alone.
 */
public interface ProjectPhase {

  /**
   * @param files         the platform's files of the run, in discovery order; none declined
   * @param rules         the run's rules (as configured for the whole run); a finding lands in a
   *                      file only if its rule is active for that file
   * @param notifications where internal errors of cross-file rules go
   */
  void lintProject(List<FileLint> files, RuleSet rules, List<Notification> notifications);
}
