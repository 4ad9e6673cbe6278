package dev.plumbline.core.rule;

/**
 * A rule about the suppressions themselves (unused, unexplained, unreadable), so that they cannot
 * rot silently. The engine calls it once per directive of a file, after every other rule ran and
 * the directives were applied.
 */
public interface SuppressionRule extends LintRule {

  void visitSuppression(SuppressionUse use, RuleContext ctx);
}
