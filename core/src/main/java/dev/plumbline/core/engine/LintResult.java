package dev.plumbline.core.engine;

import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import java.util.List;

/**
 * Everything a run produced, sorted: what reporters render.
 *
 * @param findings      in {@link Finding#ORDER}
 * @param rules         the rules that ran, by ID
 * @param notifications in {@link Notification#ORDER}
 * @param files         the files that were classified and linted, by path
 */
public record LintResult(List<Finding> findings, List<RuleDescriptor> rules,
    List<Notification> notifications, List<LintedFile> files) {

  public LintResult {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    notifications = List.copyOf(notifications);
    files = List.copyOf(files);
  }

  /** How many files were classified and linted. */
  public int filesLinted() {
    return files.size();
  }

  public boolean executionSuccessful() {
    return notifications.stream().noneMatch(Notification::isInternalError);
  }
}
