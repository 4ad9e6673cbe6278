package dev.plumbline.core.rule;

/**
 * Base of every rule: implement the visitor interface of the rule's platform (for example
 * {@link GitHubRule}) and annotate the class with {@link Rule}.
 *
 * <p>The engine creates a fresh instance for each file it lints, so a rule may keep state
 * across the callbacks of one file. Rules never read files, start threads or write output; they
 * only look at the model and call {@link RuleContext#report}.
 */
public interface LintRule {}
