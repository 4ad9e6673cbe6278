package dev.plumbline.core.engine;

import dev.plumbline.core.rule.RuleDescriptor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
   * @param workers       the run's threads, for work that splits into independent parts (per
   *                      repository, per module); each part must report only into its own files
   *                      and keep its notifications until the parts are joined, in order
   */
  void lintProject(List<FileLint> files, RuleSet rules, List<Notification> notifications,
      Workers workers);

  /**
   * The files a cross-file rule is active for, grouped by the options it has there: a path
   * override may enable a rule for some files only, or give it other options, so a project
   * phase runs the rule once per group and lets each run report only into the files of its
   * group. Groups and the files in them keep the order of {@code files}; files are keyed by
   * path.
   */
  static Collection<Map<String, FileLint>> filesByOptions(RuleDescriptor rule,
      Collection<FileLint> files) {
    Map<Map<String, Object>, Map<String, FileLint>> groups = new LinkedHashMap<>();
    for (FileLint file : files) {
      RuleSet fileRules = file.rules();
      if (fileRules.find(rule.id()).isPresent()) {
        groups.computeIfAbsent(fileRules.options(rule), o -> new LinkedHashMap<>())
            .put(file.file().path(), file);
      }
    }
    return groups.values();
  }
}
