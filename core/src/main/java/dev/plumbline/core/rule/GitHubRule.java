package dev.plumbline.core.rule;

import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;

/**
 * A GitHub Actions rule. The engine walks each workflow top-down (workflow, then each job, then
 * each of its steps) and each action metadata file (action, then each composite step); a rule
 * overrides only the callbacks it needs.
 */
public interface GitHubRule extends LintRule {

  default void visitWorkflow(Workflow workflow, RuleContext ctx) {}

  default void visitJob(Job job, RuleContext ctx) {}

  /** Steps of workflow jobs and of composite actions; {@link Step#job()} tells which. */
  default void visitStep(Step step, RuleContext ctx) {}

  default void visitAction(ActionMetadata action, RuleContext ctx) {}
}
