package dev.plumbline.rules.gitlab;

import dev.plumbline.rules.ProjectLint;
import java.util.List;
import java.util.Map;

/** Lints GitLab files with one rule as a repository: see {@link ProjectLint}. */
public final class GitLabLint {

  private GitLabLint() {}

  /** @param pathsAndTexts files as path, text, path, text... ({@code /}-separated, relative) */
  public static List<String> findings(String ruleId, Map<String, Object> options,
      String... pathsAndTexts) {
    return ProjectLint.findings(ruleId, options, pathsAndTexts);
  }

  public static List<String> findings(String ruleId, String... pathsAndTexts) {
    return ProjectLint.findings(ruleId, Map.of(), pathsAndTexts);
  }
}
