package dev.plumbline.core.engine.gitlab;

import dev.plumbline.core.engine.Containment;
import dev.plumbline.core.engine.FileLint;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One GitLab rule walked over one pipeline, for the pipeline's files that share one configuration
 * of the rule: it sees the whole pipeline, and its findings land only in those files. An exception
 * from the rule ends its walk of the pipeline with an internal-error notification; the other
 * rules and pipelines go on.
 */
final class PipelineWalk {

  private final RuleDescriptor rule;
  private final Pipeline pipeline;
  private final Map<SourceFile, FileLint> files;
  private final Set<String> reported;

  /**
   * @param files    the files the walk reports into, keyed by identity
   * @param reported what was reported already, so that a file two pipelines include gets each
   *                 finding once
   */
  private PipelineWalk(RuleDescriptor rule, Pipeline pipeline, Map<SourceFile, FileLint> files,
      Set<String> reported) {
    this.rule = rule;
    this.pipeline = pipeline;
    this.files = files;
    this.reported = reported;
  }

  static void run(RuleDescriptor rule, Pipeline pipeline, Map<SourceFile, FileLint> files,
      Set<String> reported, List<Notification> notifications) {
    new PipelineWalk(rule, pipeline, files, reported).walk(notifications);
  }

  private void walk(List<Notification> notifications) {
    FileLint first = files.values().iterator().next();
    try {
      GitLabRule instance = (GitLabRule) rule.newInstance(first.rules().options(rule));
      GitLabContext ctx = new Context();
      instance.visitPipeline(pipeline, ctx);
      for (Job job : pipeline.jobs()) {
        instance.visitJob(job, ctx);
      }
    } catch (Throwable e) {
      Containment.rethrowFatal(e);
      notifications.add(Notification.internalError(pipeline.file().path(), rule.id(), e));
    }
  }

  /** Routes each finding into the file its node is written in, when the walk covers that file. */
  private final class Context implements GitLabContext {
    @Override
    public Pipeline pipeline() {
      return pipeline;
    }

    @Override
    public void report(Severity severity, YamlNode at, Span span, String message, String hint) {
      target(at, span, message).ifPresent(f -> f.report(rule.id(), severity, span, message, hint));
    }

    @Override
    public void report(YamlNode at, Span span, String message, String hint) {
      target(at, span, message).ifPresent(f -> f.report(rule.id(), span, message, hint));
    }

    /** The file to report into: none outside the walk's files, or for a repeated finding. */
    private Optional<FileLint> target(YamlNode at, Span span, String message) {
      FileLint target = files.get(pipeline.fileOf(at));
      if (target == null || !reported.add(rule.id() + '\0' + target.file().path() + '\0' + span
          + '\0' + message)) {
        return Optional.empty();
      }
      return Optional.of(target);
    }
  }
}
