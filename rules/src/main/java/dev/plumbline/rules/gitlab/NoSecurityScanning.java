package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.rules.common.CiCommands;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A pipeline that builds container images or deploys but scans nothing: it includes none of
 * GitLab's security templates or components and no job runs a scanner. Judged only in a
 * {@linkplain Pipeline#isComplete() complete} pipeline, where no unread include can scan;
 * reported once, at the first job that builds an image or deploys.
 */
@Rule(id = "GLC013", name = "no-security-scanning", platform = Platform.GITLAB_CI,
    severity = Severity.NOTE, tags = {"security"}, securitySeverity = 3.0,
    summary = "Pipeline builds images or deploys but runs no security scan")
public final class NoSecurityScanning implements GitLabRule {

  /** GitLab's security templates and components, by a word of their path. */
  private static final Pattern SECURITY_INCLUDE = Pattern.compile(
      "(?:^|[/._-])(?:sast|sast-iac|dast|dast-api|dependency-scanning|secret-detection"
      + "|container-scanning|cluster-image-scanning|api-fuzzing|coverage-fuzzing|api-security"
      + "|auto-devops)(?:$|[/._@-])");

  /** GitLab's own scanning jobs, whose names a pipeline keeps when it overrides them. */
  private static final Pattern SCANNER_JOB = Pattern.compile(
      "^(?:sast|dast|secret_detection|dependency_scanning|container_scanning"
      + "|[a-z0-9_-]+-sast|[a-z0-9_-]+_dependency_scanning)$");

  @Override
  public void visitPipeline(Pipeline pipeline, GitLabContext ctx) {
    if (!pipeline.isComplete() || pipeline.includes().stream().anyMatch(this::isSecurity)) {
      return;
    }
    List<Job> jobs = pipeline.visibleJobs();
    if (jobs.stream().anyMatch(NoSecurityScanning::scans)) {
      return;
    }
    for (Job job : jobs) {
      Optional<String> what = buildsImage(job) ? Optional.of("builds a container image")
          : JobRoles.isDeploy(job) ? Optional.of("deploys") : Optional.empty();
      if (what.isPresent()) {
        ctx.report(job.nameNode(), "job '" + job.name() + "' " + what.get()
            + ", but the pipeline runs no security scan: no SAST, dependency, secret or "
            + "container scanning template and no scanner job",
            "include GitLab's templates (e.g. 'template: Jobs/SAST.gitlab-ci.yml', "
            + "'Jobs/Secret-Detection.gitlab-ci.yml', 'Jobs/Container-Scanning.gitlab-ci.yml') "
            + "or add a job that runs a scanner such as trivy, grype or gitleaks");
        return;
      }
    }
  }

  private boolean isSecurity(YamlNode include) {
    if (include instanceof YamlScalar s) {
      return matches(s.value());
    }
    if (include instanceof YamlMapping m) {
      for (String kind : List.of("template", "component", "remote", "local", "file")) {
        Optional<YamlNode> value = m.get(kind);
        if (value.filter(v -> v instanceof YamlScalar s && matches(s.value())).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(String path) {
    return SECURITY_INCLUDE.matcher(path.toLowerCase(Locale.ROOT)).find();
  }

  private static boolean scans(Job job) {
    if (SCANNER_JOB.matcher(job.name()).find()) {
      return true;
    }
    return job.scripts().stream().flatMap(s -> s.commands().stream())
        .anyMatch(CiCommands::scans);
  }

  private static boolean buildsImage(Job job) {
    return job.scripts().stream().flatMap(s -> s.commands().stream())
        .anyMatch(CiCommands::buildsImage);
  }
}
