package dev.plumbline.core.rule;

import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Stage;

/**
 * A Dockerfile rule. The engine walks each Dockerfile top-down: the file, then the instructions
 * before the first FROM, then each stage followed by its instructions (its FROM first), and last
 * {@link #visitDockerfileEnd} for rules that judge what they collected. ONBUILD triggers are not
 * visited on their own; see {@code Onbuild.trigger()}. A rule overrides only the callbacks it
 * needs.
 */
public interface DockerfileRule extends LintRule {

  default void visitDockerfile(Dockerfile dockerfile, RuleContext ctx) {}

  default void visitStage(Stage stage, RuleContext ctx) {}

  /** Every instruction in file order, also those before the first FROM. */
  default void visitInstruction(Instruction instruction, RuleContext ctx) {}

  default void visitDockerfileEnd(Dockerfile dockerfile, RuleContext ctx) {}
}
