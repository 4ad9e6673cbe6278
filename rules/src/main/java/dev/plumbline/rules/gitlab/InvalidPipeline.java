package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.GitLabProblem;
import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Keywords;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pipelines GitLab would reject. YAML syntax errors are reported under this rule by the engine;
 * this class reports what the pipeline model found while resolving ({@code extends} and
 * {@code !reference} naming nothing, cycles) and checks keywords, stages, {@code needs},
 * {@code dependencies} (names, and stages: never a later one), {@code when}, {@code rules:}
 * items and the keys of {@code default:} and {@code workflow:}.
 *
 * <p>Names that another file may define (a template, a job, a stage) are only checked in a
 * {@linkplain Pipeline#isComplete() complete} pipeline: other pipeline files are usually
 * fragments that a pipeline includes, using the includer's templates and stages.
 */
@Rule(id = "GLC000", name = "invalid-pipeline", platform = Platform.GITLAB_CI,
    severity = Severity.ERROR, tags = {"correctness"},
    summary = "Pipeline that GitLab would reject")
public final class InvalidPipeline implements GitLabRule {

  private static final Set<String> WHEN = Set.of("on_success", "on_failure", "always", "manual",
      "delayed", "never");
  private static final Set<String> WORKFLOW_WHEN = Set.of("always", "never");
  private static final Set<String> WORKFLOW = Set.of("rules", "name", "auto_cancel");
  private static final Set<String> JOB_RULE = Set.of("if", "changes", "exists", "when",
      "start_in", "allow_failure", "variables", "needs", "interruptible");
  private static final Set<String> WORKFLOW_RULE = Set.of("if", "changes", "exists", "when",
      "variables", "auto_cancel");

  @Override
  public void visitPipeline(Pipeline pipeline, GitLabContext ctx) {
    boolean complete = pipeline.isComplete();
    for (GitLabProblem problem : pipeline.problems()) {
      if (complete || !problem.unknownName()) {
        ctx.report(problem.node(), problem.span(), problem.message(), null);
      }
    }
    pipeline.get("stages").filter(s -> !(s instanceof YamlSequence))
        .ifPresent(s -> ctx.report(s, "'stages' must be a list of stage names, not "
            + s.kindName(), null));
    for (YamlMapping.Entry e : pipeline.node().entries()) {
      String key = e.keyText();
      if (!Keywords.GLOBAL.contains(key) && !key.startsWith(".")
          && !(e.value() instanceof YamlMapping && looksLikeJob((YamlMapping) e.value()))) {
        ctx.report(e.key(), "'" + key + "' is neither a global keyword of GitLab CI nor a job"
            + Suggestions.didYouMean(key, Keywords.GLOBAL), e.value() instanceof YamlMapping
            ? "a job needs a 'script:', 'trigger:' or 'extends:'" : null);
      }
    }
    checkKeys(pipeline.get("default"), Keywords.DEFAULT, "default:", ctx);
    Optional<YamlNode> workflow = pipeline.get("workflow");
    checkKeys(workflow, WORKFLOW, "workflow:", ctx);
    workflow.filter(YamlMapping.class::isInstance).flatMap(w -> ((YamlMapping) w).get("rules"))
        .ifPresent(rules -> checkRules(rules, WORKFLOW_RULE, WORKFLOW_WHEN, "workflow:rules",
            ctx));
  }

  /** Keys of a mapping that only {@code allowed} may name. */
  private static void checkKeys(Optional<YamlNode> node, Collection<String> allowed,
      String where, GitLabContext ctx) {
    if (node.isEmpty() || !(node.get() instanceof YamlMapping mapping)) {
      return;
    }
    for (YamlMapping.Entry e : mapping.entries()) {
      if (!allowed.contains(e.keyText())) {
        ctx.report(e.key(), "'" + e.keyText() + "' is not a keyword of " + where
            + Suggestions.didYouMean(e.keyText(), allowed), null);
      }
    }
  }

  /** The items of a {@code rules:} list: mappings of known keys with a valid {@code when}. */
  private static void checkRules(YamlNode rules, Set<String> keys, Set<String> when,
      String where, GitLabContext ctx) {
    if (!(rules instanceof YamlSequence seq)) {
      ctx.report(rules, "'" + where + "' must be a list of rules, not " + rules.kindName(),
          null);
      return;
    }
    for (YamlNode rule : RuleList.items(seq)) {
      if (!(rule instanceof YamlMapping m)) {
        if (!rule.isNull()) {
          ctx.report(rule, "each item of '" + where + "' must be a mapping such as "
              + "'- if: ...', not " + rule.kindName(), null);
        }
        continue;
      }
      checkKeys(Optional.of(m), keys, where, ctx);
      m.scalar("when").filter(w -> !w.isNull() && !when.contains(w.value())).ifPresent(w ->
          ctx.report(w, "'when: " + w.value() + "' in " + where + " is not one of "
              + String.join(", ", sorted(when)) + Suggestions.didYouMean(w.value(), when),
              null));
    }
  }

  /**
   * A mapping that uses a job keyword: a job, though perhaps a broken one; a mapping without
   * any is more likely a misspelt global keyword ({@code varibles:}).
   */
  private static boolean looksLikeJob(YamlMapping value) {
    return value.entries().stream().anyMatch(e -> Keywords.JOB.contains(e.keyText()))
        || value.isEmpty();
  }

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    if (job.hidden()) {
      return; // templates may hold partial or anchor-only content
    }
    YamlMapping node = job.node();
    for (YamlMapping.Entry e : node.entries()) {
      String key = e.keyText();
      if (!Keywords.JOB.contains(key)) {
        ctx.report(e.key(), "'" + key + "' is not a job keyword of GitLab CI"
            + Suggestions.didYouMean(key, Keywords.JOB), null);
      }
    }
    boolean complete = job.pipeline().isComplete();
    if (complete) {
      checkNames(job, ctx);
    }
    job.when().filter(w -> !WHEN.contains(w.value())).ifPresent(w -> ctx.report(w,
        "'when: " + w.value() + "' is not one of " + String.join(", ", sorted(WHEN))
            + Suggestions.didYouMean(w.value(), WHEN), null));
    job.get("rules").ifPresent(rules -> checkRules(rules, JOB_RULE, WHEN, "rules", ctx));
    // with includes, a job may only override a job of the same name written in another file
    if (complete && job.get("script").isEmpty() && job.get("trigger").isEmpty()
        && job.get("run").isEmpty()) {
      ctx.report(job.nameNode(), "job '" + job.name() + "' has no script, trigger or run",
          "add a 'script:', or make it a hidden template by naming it '." + job.name() + "'");
    }
  }

  private void checkNames(Job job, GitLabContext ctx) {
    Pipeline pipeline = job.pipeline();
    job.stageNode().filter(s -> !pipeline.stages().contains(s.value())).ifPresent(s ->
        ctx.report(s, "stage '" + s.value() + "' is not in the pipeline's stages"
            + Suggestions.didYouMean(s.value(), pipeline.stages()), null));
    Set<String> names = pipeline.visibleJobs().stream().map(Job::name)
        .collect(Collectors.toSet());
    for (YamlScalar need : job.needsNames()) {
      if (!names.contains(need.value()) && !optionalOrElsewhere(job, need)) {
        ctx.report(need, "needs names job '" + need.value()
            + "', which this pipeline does not have" + Suggestions.didYouMean(need.value(), names),
            null);
      }
    }
    for (YamlScalar dependency : job.dependencies()) {
      if (!names.contains(dependency.value())) {
        ctx.report(dependency, "dependencies names job '" + dependency.value()
            + "', which this pipeline does not have"
            + Suggestions.didYouMean(dependency.value(), names), null);
      }
    }
    for (YamlScalar need : job.needsNames()) {
      if (!elsewhere(job, need)) {
        checkStageOrder(job, need, "needs", ctx);
      }
    }
    for (YamlScalar dependency : job.dependencies()) {
      checkStageOrder(job, dependency, "dependencies", ctx);
    }
  }

  /** GitLab rejects a need or dependency on a job of a later stage: it has not run yet. */
  private static void checkStageOrder(Job job, YamlScalar name, String keyword,
      GitLabContext ctx) {
    List<String> stages = job.pipeline().stages();
    Optional<Job> other = job.pipeline().job(name.value()).filter(j -> !j.hidden());
    int own = stages.indexOf(job.stage());
    int theirs = other.map(j -> stages.indexOf(j.stage())).orElse(-1);
    if (own >= 0 && theirs > own) {
      ctx.report(name, keyword + " names job '" + name.value() + "' of stage '"
          + other.get().stage() + "', which runs after this job's stage '" + job.stage() + "'",
          "a job can only use jobs of its own or an earlier stage; move one of the two jobs");
    }
  }

  /** A {@code needs:} entry marked {@code optional}, or one from another project or pipeline. */
  private static boolean optionalOrElsewhere(Job job, YamlScalar need) {
    return needEntry(job, need)
        .anyMatch(m -> m.scalar("optional").flatMap(YamlScalar::asBoolean).orElse(false)
            || m.has("project") || m.has("pipeline"));
  }

  /** A {@code needs:} entry naming a job of another project or pipeline. */
  private static boolean elsewhere(Job job, YamlScalar need) {
    return needEntry(job, need).anyMatch(m -> m.has("project") || m.has("pipeline"));
  }

  private static java.util.stream.Stream<YamlMapping> needEntry(Job job, YamlScalar need) {
    return job.needs().stream().filter(YamlMapping.class::isInstance)
        .map(YamlMapping.class::cast)
        .filter(m -> m.scalar("job").filter(j -> j == need).isPresent());
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
