package dev.plumbline.core.report;

import dev.plumbline.core.rule.LintRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.Severity;
import java.util.List;

/** Rules that exist only for the reporter tests; their docs are test resources. */
final class TestRules {

  private TestRules() {}

  @Rule(id = "PLB901", name = "test-unpinned-reference", platform = Platform.PLUMBLINE,
      severity = Severity.WARNING, tags = {"security", "supply-chain"}, securitySeverity = 7.0,
      summary = "Reference is not pinned to an immutable version")
  public static final class UnpinnedReference implements LintRule {}

  @Rule(id = "PLB902", name = "test-plaintext-secret", platform = Platform.PLUMBLINE,
      severity = Severity.ERROR, tags = {"security", "secrets"}, securitySeverity = 9.5,
      summary = "Secret is written in plain text")
  public static final class PlaintextSecret implements LintRule {}

  /** Has no docs resource: SARIF falls back to the summary. */
  @Rule(id = "PLB903", name = "test-missing-timeout", platform = Platform.PLUMBLINE,
      severity = Severity.NOTE, tags = {"reliability"},
      summary = "Job has no timeout")
  public static final class MissingTimeout implements LintRule {}

  @Rule(id = "PLB904", name = "test-hidden-characters", platform = Platform.PLUMBLINE,
      severity = Severity.ERROR, securitySeverity = 8.25,
      summary = "Value contains invisible or terminal control characters")
  public static final class HiddenCharacters implements LintRule {}

  static final RuleDescriptor UNPINNED = new RuleDescriptor(UnpinnedReference.class);
  static final RuleDescriptor SECRET = new RuleDescriptor(PlaintextSecret.class);
  static final RuleDescriptor TIMEOUT = new RuleDescriptor(MissingTimeout.class);
  static final RuleDescriptor HIDDEN = new RuleDescriptor(HiddenCharacters.class);

  /** By ID, as the engine lists the rules that ran. */
  static final List<RuleDescriptor> ALL = List.of(UNPINNED, SECRET, TIMEOUT, HIDDEN);
}
