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
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A production deploy ({@link JobRoles#isProductionDeploy}) that can run without the test jobs
 * ({@link JobRoles#isTest}) succeeding. Without {@code needs:} a job waits for every job of the
 * earlier stages; with {@code needs:} it waits only for the jobs it names (and, through them,
 * for what they need or wait for); {@code needs: []} starts it at once. A test job with
 * {@code allow_failure: true} gates nothing, and {@code when: always} runs the deploy whatever
 * failed.
 *
 * <p>What may be missing — a test job, a job named in {@code needs:} — is only concluded in a
 * {@linkplain Pipeline#isComplete() complete} pipeline; otherwise the deploy is left alone.
 */
@Rule(id = "GLC006", name = "deploy-not-gated-by-tests", platform = Platform.GITLAB_CI,
    severity = Severity.ERROR, tags = {"reliability", "deployment", "testing"},
    summary = "Production deploy can run without the tests passing")
public final class DeployNotGatedByTests implements GitLabRule {

  /** Whether a job waits for a passing test job. */
  private enum Gate { GATED, NOT_GATED, UNKNOWN }

  private Pipeline pipeline;
  private final Map<String, Gate> gates = new HashMap<>();
  /** Test jobs with {@code allow_failure: true} met on the way: they explain a finding. */
  private final Set<String> failingTests = new LinkedHashSet<>();

  @Override
  public void visitPipeline(Pipeline pipeline, GitLabContext ctx) {
    this.pipeline = pipeline;
    List<Job> tests = pipeline.visibleJobs().stream().filter(JobRoles::isTest).toList();
    for (Job deploy : pipeline.visibleJobs()) {
      if (JobRoles.isProductionDeploy(deploy)) {
        check(deploy, tests, ctx);
      }
    }
  }

  private void check(Job deploy, List<Job> tests, GitLabContext ctx) {
    failingTests.clear();
    gates.clear(); // the failing tests met on the way explain this deploy's finding
    Gate gate = gate(deploy, new LinkedHashSet<>());
    if (gate == Gate.UNKNOWN) {
      return;
    }
    String job = "job '" + deploy.name() + "'";
    if (gate == Gate.GATED) {
      always(deploy).ifPresent(always -> ctx.report(always, job + " deploys to production with "
          + "'when: always': it runs even when the tests fail", "use 'when: on_success' (the "
          + "default) so that a failed test stops the deploy"));
      return;
    }
    String hint = "make the deploy wait for the tests: put it in a stage after them, or list "
        + "the test jobs in its 'needs:'";
    Optional<YamlNode> needs = deploy.get("needs");
    YamlNode at = needs.orElse(deploy.stageNode().map(YamlNode.class::cast)
        .orElse(deploy.nameNode()));
    if (!failingTests.isEmpty()) {
      ctx.report(at, job + " deploys to production after test jobs that are allowed to fail: "
          + names(List.copyOf(failingTests)), "remove 'allow_failure: true' from the test jobs "
          + "the deploy waits for");
    } else if (needs.isPresent() && deploy.needs().isEmpty()) {
      ctx.report(at, job + " has 'needs: []': it deploys to production at once, without "
          + "waiting for any test", hint);
    } else if (needs.isPresent()) {
      ctx.report(at, job + " deploys to production after " + names(deploy.needsNames().stream()
          .map(YamlScalar::value).toList()) + " only: 'needs' lets it start without waiting "
          + "for the tests", hint);
    } else if (tests.isEmpty()) {
      ctx.report(deploy.nameNode(), job + " deploys to production but the pipeline runs no "
          + "test job", "add a job that runs the tests in a stage before the deploy");
    } else {
      ctx.report(at, job + " in stage '" + deploy.stage() + "' deploys to production before or "
          + "alongside its test jobs (" + tests.stream().limit(3)
          .map(t -> "'" + t.name() + "' in stage '" + t.stage() + "'")
          .collect(Collectors.joining(", ")) + (tests.size() > 3 ? ", ..." : "") + ")", hint);
    }
  }

  /** Whether {@code job} waits for a passing test job; {@code path} guards against cycles. */
  private Gate gate(Job job, Set<String> path) {
    Gate known = gates.get(job.name());
    if (known != null) {
      return known;
    }
    if (!path.add(job.name())) {
      return Gate.UNKNOWN; // a cycle: GLC000 reports it
    }
    Gate gate = job.get("needs").isPresent() ? gateByNeeds(job, path) : gateByStage(job, path);
    path.remove(job.name());
    gates.put(job.name(), gate);
    return gate;
  }

  private Gate gateByNeeds(Job job, Set<String> path) {
    boolean unknown = false;
    for (YamlNode need : job.needs()) {
      Optional<String> name = needName(need);
      if (name.isEmpty()) {
        unknown = true; // another project's or pipeline's job, or a name made of variables
        continue;
      }
      Optional<Job> needed = pipeline.job(name.get());
      if (needed.isEmpty()) {
        unknown |= !pipeline.isComplete();
        continue;
      }
      Gate gate = passes(needed.get(), path);
      if (gate == Gate.GATED) {
        return Gate.GATED;
      }
      unknown |= gate == Gate.UNKNOWN;
    }
    return unknown ? Gate.UNKNOWN : Gate.NOT_GATED;
  }

  private Gate gateByStage(Job job, Set<String> path) {
    List<String> stages = pipeline.stages();
    int stage = stages.indexOf(job.stage());
    if (stage < 0) {
      return Gate.UNKNOWN; // a stage GitLab would reject: GLC000 reports it
    }
    boolean unknown = !pipeline.isComplete();
    for (Job earlier : pipeline.visibleJobs()) {
      int index = stages.indexOf(earlier.stage());
      if (index < 0) {
        unknown = true;
      } else if (index < stage) {
        Gate gate = passes(earlier, path);
        if (gate == Gate.GATED) {
          return Gate.GATED;
        }
        unknown |= gate == Gate.UNKNOWN;
      }
    }
    return unknown ? Gate.UNKNOWN : Gate.NOT_GATED;
  }

  /** Whether waiting for {@code job} means waiting for a passing test. */
  private Gate passes(Job job, Set<String> path) {
    if (JobRoles.isTest(job)) {
      if (!job.allowsFailure()) {
        return Gate.GATED;
      }
      failingTests.add(job.name());
    }
    return gate(job, path);
  }

  /** The job a {@code needs:} entry names, if it is a job of this pipeline by a literal name. */
  private static Optional<String> needName(YamlNode need) {
    Optional<YamlScalar> name;
    if (need instanceof YamlMapping m) {
      if (m.has("project") || m.has("pipeline")) {
        return Optional.empty();
      }
      name = m.scalar("job");
    } else {
      name = Optional.of(need).filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast);
    }
    return name.map(YamlScalar::value).filter(n -> !n.isEmpty() && !n.contains("$"));
  }

  /** {@code when: always} on the job or on one of its rules. */
  private static Optional<YamlScalar> always(Job job) {
    List<YamlScalar> whens = new ArrayList<>();
    job.when().ifPresent(whens::add);
    for (YamlNode rule : job.rules().map(YamlSequence::items).orElse(List.of())) {
      if (rule instanceof YamlMapping m) {
        m.scalar("when").ifPresent(whens::add);
      }
    }
    return whens.stream().filter(w -> w.value().equals("always")).findFirst();
  }

  private static String names(List<String> names) {
    return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
  }
}
