package dev.plumbline.core.rule;

import dev.plumbline.core.rule.tool.ExternalTools;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.List;

/** What a rule sees of the run while it visits one file, and where it reports. */
public interface RuleContext {

  /** The file being linted. */
  SourceFile file();

  /** The files around the linted one, for cross-file checks. */
  default ProjectView project() {
    return ProjectView.UNKNOWN;
  }

  /**
   * The external programs the engine runs for rules that use them (ShellCheck); none unless the
   * engine was given them.
   */
  default ExternalTools tools() {
    return ExternalTools.NONE;
  }

  /** Reports a finding at the rule's severity. */
  default void report(Span span, String message) {
    report(span, message, null);
  }

  /**
   * Reports a finding at the rule's severity.
   *
   * @param span    the most specific region: the offending value, not its block
   * @param message what is wrong, in one sentence, naming the offending value
   * @param hint    how to fix it, or {@code null}
   */
  void report(Span span, String message, String hint);

  /**
   * Reports a finding at the rule's severity with changes that resolve it. Replacements are in
   * the file being linted; contexts that keep no fixes report the finding without them.
   *
   * @param fixes the fixes offered, most appropriate first; may be empty
   */
  default void report(Span span, String message, String hint, List<Fix> fixes) {
    report(span, message, hint);
  }

  /** Reports a finding at an explicit severity, for rules whose findings vary in weight. */
  void report(Severity severity, Span span, String message, String hint);
}
