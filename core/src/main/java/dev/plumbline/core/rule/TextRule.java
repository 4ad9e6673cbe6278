package dev.plumbline.core.rule;

import dev.plumbline.core.source.SourceFile;

/**
 * A rule over the raw text of a file, values and comments alike (platform
 * {@link Platform#SECRETS}): the engine calls it once for every file it lints, whatever its
 * platform, after the platform's rules (and their cross-file phase) and before the file's
 * suppressions are applied. Text rules run in the order of their IDs, so each one knows what the
 * others reported before it ({@link TextContext#reported}).
 */
public interface TextRule extends LintRule {

  void visitText(SourceFile file, TextContext ctx);
}
