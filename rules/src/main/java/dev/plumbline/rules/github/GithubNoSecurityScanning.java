package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.GitHubRepository;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.Span;
import dev.plumbline.rules.common.RoleWords;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A repository whose workflows build or push container images or deploy
 * ({@link JobRoles#imageBuildSpan}; {@link JobRoles#deploySpan} in a job with an environment
 * or named to deploy) while no step of any of its
 * workflows runs a security scanner ({@link JobRoles#scans}: CodeQL, dependency review, Trivy,
 * Grype, Snyk, Semgrep, gitleaks, TruffleHog...). Steps of local composite actions and jobs of
 * local reusable workflows count; a reusable workflow of another repository counts as a scan when
 * its file name says so ({@code security.yml}, {@code codeql.yml}), and one that cannot be read
 * is given the benefit of the doubt. Reported once per repository: in the first workflow (in
 * discovery order) that builds or deploys, at its first such step. A file linted alone is judged
 * by itself. CodeQL's default setup, configured in the repository settings, is invisible here.
 */
@Rule(id = "GHA021", name = "github-no-security-scanning", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.NOTE, tags = {"security"}, securitySeverity = 3.0,
    summary = "Repository builds images or deploys but no workflow runs a security scan")
public final class GithubNoSecurityScanning implements GitHubRule {

  @Override
  public void visitWorkflow(Workflow workflow, RuleContext ctx) {
    GitHubRepository repository = workflow.repository();
    List<Workflow> all = new ArrayList<>(repository.isKnown() ? repository.workflows()
        : List.of());
    if (all.stream().noneMatch(w -> w == workflow)) {
      all.add(workflow);
    }
    Set<Workflow> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    if (all.stream().anyMatch(w -> scans(w, visited))) {
      return;
    }
    for (Workflow candidate : all) {
      Optional<Found> found = firstBuildOrDeploy(candidate);
      if (found.isPresent()) {
        if (candidate == workflow) {
          Found f = found.get();
          ctx.report(f.span(), "step '" + f.step().label() + "' " + f.what() + ", but no "
              + "workflow of the repository runs a security scanner",
              "add a scan: CodeQL (github/codeql-action) for the code, "
                  + "actions/dependency-review-action on pull requests, and Trivy or Grype for "
                  + "the images built");
        }
        return;
      }
    }
  }

  private record Found(Step step, Span span, String what) {}

  private static Optional<Found> firstBuildOrDeploy(Workflow workflow) {
    for (Job job : workflow.jobs()) {
      for (Step step : job.steps()) {
        Optional<Span> build = JobRoles.imageBuildSpan(step);
        if (build.isPresent()) {
          return Optional.of(new Found(step, build.get(), "builds a container image"));
        }
        Optional<Span> deploy = deploysSomewhere(job) ? JobRoles.deploySpan(step)
            : Optional.empty();
        if (deploy.isPresent()) {
          return Optional.of(new Found(step, deploy.get(), "deploys"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the job's deploy steps deploy somewhere: the job has an environment or its id or
   * name says deploy. {@code kubectl apply} into a throwaway cluster of an end-to-end test job
   * deploys nothing.
   */
  private static boolean deploysSomewhere(Job job) {
    return JobRoles.hasEnvironment(job) || RoleWords.saysDeploy(job.id())
        || job.name().map(RoleWords::saysDeploy).orElse(false);
  }

  private static boolean scans(Workflow workflow, Set<Workflow> visited) {
    if (!visited.add(workflow)) {
      return false;
    }
    for (Job job : workflow.jobs()) {
      if (job.isReusableWorkflowCall()) {
        Optional<ActionRef> uses = job.uses();
        if (uses.isEmpty()) {
          continue;
        }
        if (uses.get().kind() != ActionRef.Kind.LOCAL) {
          String file = uses.get().path().substring(uses.get().path().lastIndexOf('/') + 1);
          if (RoleWords.saysTest(file) || file.toLowerCase().contains("codeql")) {
            return true;
          }
          continue;
        }
        Optional<Workflow> called = JobRoles.called(job);
        if (called.isEmpty() || scans(called.get(), visited)) {
          return true; // an unreadable local workflow may scan
        }
        continue;
      }
      for (Step step : job.steps()) {
        if (JobRoles.scans(step) || scansInAction(workflow, step)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean scansInAction(Workflow workflow, Step step) {
    Optional<ActionRef> uses = step.uses().filter(u -> u.kind() == ActionRef.Kind.LOCAL);
    if (uses.isEmpty()) {
      return false;
    }
    Optional<ActionMetadata> action = workflow.repository().localAction(uses.get().path());
    return action.map(a -> a.steps().stream().anyMatch(JobRoles::scans)).orElse(false);
  }
}
