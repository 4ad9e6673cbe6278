package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Onbuild;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.RuleContext;

/**
 * A rule about the shell scripts of RUN instructions, ONBUILD RUN triggers included. Exec-form
 * RUNs and scripts for shells Plumbline does not read have no script and are not visited.
 */
interface RunScriptRule extends DockerfileRule {

  /** Called for each RUN with a script, in file order. */
  void visitRunScript(Run run, Script script, RuleContext ctx);

  @Override
  default void visitInstruction(Instruction instruction, RuleContext ctx) {
    Instruction unwrapped = instruction instanceof Onbuild onbuild
        ? onbuild.trigger().orElse(instruction) : instruction;
    if (unwrapped instanceof Run run) {
      run.script().ifPresent(script -> visitRunScript(run, script, ctx));
    }
  }
}
