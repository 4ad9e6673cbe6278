package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlSequence;
import dev.plumbline.rules.gitlab.RuleCondition.Truth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jobs whose {@code rules:} surely let them run both in the branch pipeline and in the merge
 * request pipeline of one push, while {@code workflow:rules} lets both pipelines start: every
 * push to a branch with an open merge request then runs the pipeline twice. Reported once per
 * {@code rules:} list, at its key (a template's list shared by several jobs once, naming them).
 * Silent when the outcome depends on anything this rule cannot know: project variables,
 * {@code changes:}, {@code exists:}, or files the pipeline includes but cannot be read. A child
 * pipeline runs only for its parent, so it is never judged.
 */
@Rule(id = "GLC011", name = "duplicate-pipelines", platform = Platform.GITLAB_CI,
    severity = Severity.WARNING, tags = {"correctness", "cost"},
    summary = "Job rules start both a branch and a merge request pipeline for one push")
public final class DuplicatePipelines implements GitLabRule {

  @Override
  public void visitPipeline(Pipeline pipeline, GitLabContext ctx) {
    if (!pipeline.isComplete() || pipeline.isChild() || !workflowAdmitsBoth(pipeline)) {
      return;
    }
    Map<YamlNode, List<Job>> byRules = new IdentityHashMap<>();
    List<YamlNode> order = new ArrayList<>();
    for (Job job : pipeline.visibleJobs()) {
      Optional<YamlSequence> rules = job.rules();
      if (rules.isEmpty() || !runsInBoth(rules.get())) {
        continue;
      }
      if (!byRules.containsKey(rules.get())) {
        order.add(rules.get());
      }
      byRules.computeIfAbsent(rules.get(), k -> new ArrayList<>()).add(job);
    }
    for (YamlNode rules : order) {
      List<Job> jobs = byRules.get(rules);
      Job first = jobs.get(0);
      YamlNode at = first.entry("rules").map(YamlMapping.Entry::key).orElse(first.nameNode());
      String others = jobs.size() == 1 ? ""
          : jobs.size() == 2 ? " (and job '" + jobs.get(1).name() + "', which shares them)"
          : " (and " + (jobs.size() - 1) + " other jobs that share them)";
      ctx.report(at, "the rules of job '" + first.name() + "'" + others
          + " match both branch and merge request pipelines, and workflow:rules lets both "
          + "start: a push to a branch with an open merge request runs the pipeline twice",
          "add workflow:rules that pick one, e.g. '- if: $CI_COMMIT_BRANCH && "
          + "$CI_OPEN_MERGE_REQUESTS' with 'when: never' before '- if: $CI_COMMIT_BRANCH'");
    }
  }

  private static boolean workflowAdmitsBoth(Pipeline pipeline) {
    Optional<YamlSequence> workflow = pipeline.workflowRules();
    if (workflow.isEmpty()) {
      // a workflow: that is written but holds something other than a list is not ours to read
      return pipeline.get("workflow").map(w -> w instanceof YamlMapping m && !m.has("rules"))
          .orElse(true);
    }
    return runsInBoth(workflow.get());
  }

  private static boolean runsInBoth(YamlSequence rules) {
    return RuleList.runs(rules, RuleCondition.BRANCH) == Truth.TRUE
        && RuleList.runs(rules, RuleCondition.MERGE_REQUEST) == Truth.TRUE;
  }
}
