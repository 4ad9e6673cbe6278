package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.GitLabProblem;
import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Keywords;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pipelines GitLab would reject. YAML syntax errors are reported under this rule by the engine;
 * this class reports what the pipeline model found while resolving ({@code extends} and
 * {@code !reference} naming nothing, cycles) and checks keywords, stages, {@code needs},
 * {@code dependencies} and {@code when}.
 *
 * <p>Names that another file may define (a template, a job, a stage) are only checked in a
 * pipeline that is complete on its own: one without {@code include:} that is a
 * {@code .gitlab-ci.yml} or declares its {@code stages:}. Other {@code *.gitlab-ci.yml} files
 * are usually fragments that a pipeline includes, using the includer's templates and stages.
 */
@Rule(id = "GLC000", name = "invalid-pipeline", platform = Platform.GITLAB_CI,
    severity = Severity.ERROR, tags = {"correctness"},
    summary = "Pipeline that GitLab would reject")
public final class InvalidPipeline implements GitLabRule {

  private static final Set<String> WHEN = Set.of("on_success", "on_failure", "always", "manual",
      "delayed", "never");

  /** Jobs that extend one template share its keywords: each mistake is reported once. */
  private final Set<Span> reported = new HashSet<>();

  @Override
  public void visitPipeline(Pipeline pipeline, RuleContext ctx) {
    boolean complete = isComplete(pipeline, ctx);
    for (GitLabProblem problem : pipeline.problems()) {
      if (complete || !problem.unknownName()) {
        report(ctx, problem.span(), problem.message(), null);
      }
    }
    pipeline.get("stages").filter(s -> !(s instanceof dev.plumbline.core.yaml.YamlSequence))
        .ifPresent(s -> report(ctx, s.span(), "'stages' must be a list of stage names, not "
            + s.kindName(), null));
  }

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    if (job.hidden()) {
      return; // templates may hold partial or anchor-only content
    }
    YamlMapping node = job.node();
    for (YamlMapping.Entry e : node.entries()) {
      String key = e.keyText();
      if (!Keywords.JOB.contains(key)) {
        report(ctx, e.keySpan(), "'" + key + "' is not a job keyword of GitLab CI"
            + Suggestions.didYouMean(key, Keywords.JOB), null);
      }
    }
    boolean complete = isComplete(job.pipeline(), ctx);
    if (complete) {
      checkNames(job, ctx);
    }
    job.when().filter(w -> !WHEN.contains(w.value())).ifPresent(w -> report(ctx, w.span(),
        "'when: " + w.value() + "' is not one of " + String.join(", ", sorted(WHEN)), null));
    // with includes, a job may only override a job of the same name written in another file
    if (complete && job.get("script").isEmpty() && job.get("trigger").isEmpty()
        && job.get("run").isEmpty()) {
      report(ctx, job.nameSpan(), "job '" + job.name() + "' has no script, trigger or run",
          "add a 'script:', or make it a hidden template by naming it '." + job.name() + "'");
    }
  }

  private void checkNames(Job job, RuleContext ctx) {
    Pipeline pipeline = job.pipeline();
    job.stageNode().filter(s -> !pipeline.stages().contains(s.value())).ifPresent(s ->
        report(ctx, s.span(), "stage '" + s.value() + "' is not in the pipeline's stages"
            + Suggestions.didYouMean(s.value(), pipeline.stages()), null));
    Set<String> names = pipeline.visibleJobs().stream().map(Job::name)
        .collect(Collectors.toSet());
    for (YamlScalar need : job.needsNames()) {
      if (!names.contains(need.value()) && !optionalOrElsewhere(job, need)) {
        report(ctx, need.span(), "needs names job '" + need.value()
            + "', which this pipeline does not have" + Suggestions.didYouMean(need.value(), names),
            null);
      }
    }
    for (YamlScalar dependency : job.dependencies()) {
      if (!names.contains(dependency.value())) {
        report(ctx, dependency.span(), "dependencies names job '" + dependency.value()
            + "', which this pipeline does not have"
            + Suggestions.didYouMean(dependency.value(), names), null);
      }
    }
  }

  /** A {@code needs:} entry marked {@code optional}, or one from another project or pipeline. */
  private static boolean optionalOrElsewhere(Job job, YamlScalar need) {
    return job.needs().stream().filter(YamlMapping.class::isInstance)
        .map(YamlMapping.class::cast)
        .filter(m -> m.scalar("job").filter(j -> j == need).isPresent())
        .anyMatch(m -> m.scalar("optional").flatMap(YamlScalar::asBoolean).orElse(false)
            || m.has("project") || m.has("pipeline"));
  }

  /** A root pipeline without includes: every name it uses must be in this file. */
  private static boolean isComplete(Pipeline pipeline, RuleContext ctx) {
    String path = ctx.file().path();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return pipeline.includes().isEmpty() && (name.equals(".gitlab-ci.yml")
        || name.equals(".gitlab-ci.yaml") || pipeline.stagesNode().isPresent());
  }

  private void report(RuleContext ctx, Span span, String message, String hint) {
    if (reported.add(span)) {
      ctx.report(span, message, hint);
    }
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
