package dev.plumbline.core.rule;

import dev.plumbline.core.model.script.Script;

/**
 * A rule about shell scripts (platform {@link Platform#SCRIPT}): the engine calls it once for every
 * script any platform extracted from a file — GitHub {@code run:}, Dockerfile {@code RUN} — with
 * positions that map back into that file.
 */
public interface ScriptRule extends LintRule {

  void visitScript(Script script, RuleContext ctx);
}
