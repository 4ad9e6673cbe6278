package dev.plumbline.core.rule;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;

/**
 * A GitLab CI rule. The engine walks each pipeline — a {@code .gitlab-ci.yml} with the files it
 * includes, or a pipeline file no other includes — after {@code include:}, {@code extends},
 * {@code default:}, anchors and {@code !reference} are resolved: the pipeline, then each job in
 * the order GitLab merges them, hidden templates included ({@link Job#hidden()}). A fresh
 * instance per pipeline. A rule overrides only what it needs.
 */
public interface GitLabRule extends LintRule {

  default void visitPipeline(Pipeline pipeline, GitLabContext ctx) {}

  default void visitJob(Job job, GitLabContext ctx) {}
}
