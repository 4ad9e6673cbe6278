package dev.plumbline.core.rule;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;

/**
 * A GitLab CI rule. The engine walks each pipeline (after {@code extends}, {@code default:},
 * anchors and {@code !reference} are resolved): the pipeline, then each job in the order written,
 * hidden templates included ({@link Job#hidden()}). A rule overrides only what it needs.
 */
public interface GitLabRule extends LintRule {

  default void visitPipeline(Pipeline pipeline, RuleContext ctx) {}

  default void visitJob(Job job, RuleContext ctx) {}
}
