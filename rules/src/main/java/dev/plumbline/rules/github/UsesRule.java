package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.RuleContext;

/**
 * A rule about {@code uses:} references: it sees each one once, from workflow and composite
 * action steps and from jobs that call reusable workflows.
 */
interface UsesRule extends GitHubRule {

  void visitUses(ActionRef ref, RuleContext ctx);

  @Override
  default void visitStep(Step step, RuleContext ctx) {
    step.uses().ifPresent(ref -> visitUses(ref, ctx));
  }

  @Override
  default void visitJob(Job job, RuleContext ctx) {
    job.uses().ifPresent(ref -> visitUses(ref, ctx));
  }
}
