package dev.plumbline.rules.score;

import static dev.plumbline.core.score.FactKind.CI_ON_CHANGE;
import static dev.plumbline.core.score.FactKind.CI_PIPELINE;
import static dev.plumbline.core.score.FactKind.DEPLOY_ENVIRONMENT;
import static dev.plumbline.core.score.FactKind.DEPLOY_JOB;
import static dev.plumbline.core.score.FactKind.DEPLOY_WITHOUT_ENVIRONMENT;
import static dev.plumbline.core.score.FactKind.IMAGE_BUILD;
import static dev.plumbline.core.score.FactKind.IMAGE_SCAN;
import static dev.plumbline.core.score.FactKind.PRODUCTION_APPROVAL;
import static dev.plumbline.core.score.FactKind.PRODUCTION_DEPLOY;
import static dev.plumbline.core.score.FactKind.PRODUCTION_WITHOUT_APPROVAL;
import static dev.plumbline.core.score.FactKind.ROLLBACK;
import static dev.plumbline.core.score.FactKind.SECRET_INJECTION;
import static dev.plumbline.core.score.FactKind.SECRET_MANAGER;
import static dev.plumbline.core.score.FactKind.STAGING_DEPLOY;
import static dev.plumbline.core.score.FactKind.TEST_JOB;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import dev.plumbline.rules.common.CiCommands;
import dev.plumbline.rules.gitlab.JobRoles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The facts of a GitLab CI pipeline: that it runs on every push, its test and deploy jobs,
 * manual production deploys, stop and rollback jobs, scans, secrets.
 */
final class GitLabFacts {

  private GitLabFacts() {}

  static void read(Pipeline pipeline, FactSink sink) {
    String main = pipeline.file().path();
    sink.add(CI_PIPELINE, main, pipeline.node().span(), "GitLab CI pipeline");
    if (isMainFile(main) && !pipeline.isChild() && !pipeline.visibleJobs().isEmpty()) {
      sink.add(CI_ON_CHANGE, main, pipeline.node().span(),
          "GitLab runs the pipeline on every push");
    }
    for (YamlNode include : pipeline.includes()) {
      if (includesContainerScanning(include)) {
        sink.add(IMAGE_SCAN, pipeline.fileOf(include).path(), include.span(),
            "GitLab's container scanning is included");
      }
    }
    for (Job job : pipeline.visibleJobs()) {
      readJob(job, pipeline, sink);
    }
  }

  private static boolean isMainFile(String path) {
    return path.endsWith(".gitlab-ci.yml") || path.endsWith(".gitlab-ci.yaml");
  }

  /** {@code template: Security/Container-Scanning.gitlab-ci.yml} and its component. */
  private static boolean includesContainerScanning(YamlNode include) {
    String text = include instanceof YamlScalar s ? s.value()
        : include.asMapping().map(m -> m.string("template").or(() -> m.string("component"))
            .orElse("")).orElse("");
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("container-scanning") || lower.contains("container_scanning");
  }

  private static void readJob(Job job, Pipeline pipeline, FactSink sink) {
    String path = job.file().path();
    String label = "job '" + job.name() + "'";
    if (JobRoles.isTest(job)) {
      sink.add(TEST_JOB, path, job.nameSpan(), label + " runs tests or checks");
    }
    if (job.name().equals("container_scanning")) {
      sink.add(IMAGE_SCAN, path, job.nameSpan(), label + " scans the image");
    }
    if (JobRoles.isTargetDeploy(job)) {
      readDeploy(job, pipeline, path, label, sink);
    }
    Optional<String> action = JobRoles.environmentAction(job);
    if (action.filter(a -> a.equals("stop")).isPresent() || Environments.saysRollback(job.name())) {
      sink.add(ROLLBACK, path, job.nameSpan(), action.filter(a -> a.equals("stop")).isPresent()
          ? label + " stops the environment" : label + " rolls back");
    }
    job.entry("secrets").ifPresent(e -> {
      String file = pipeline.fileOf(e.key()).path();
      sink.add(SECRET_MANAGER, file, e.keySpan(), label + " reads secrets from a secret manager");
      sink.add(SECRET_INJECTION, file, e.keySpan(), label + " gets its secrets when it runs");
    });
    boolean mayFail = job.allowsFailure();
    boolean scheduled = isScheduled(job);
    for (Script script : job.scripts()) {
      String file = job.fileOf(script).path();
      for (Command command : script.commands()) {
        readCommand(command, script.span(command.start(), command.end()), file, mayFail,
            scheduled, sink);
      }
    }
  }

  private static void readDeploy(Job job, Pipeline pipeline, String path, String label,
      FactSink sink) {
    sink.add(DEPLOY_JOB, path, job.nameSpan(), label + " deploys");
    Optional<YamlNode> environment = job.environment();
    String name = job.environmentName().map(YamlScalar::value).orElse("");
    Span where = environment.map(YamlNode::span).orElse(job.nameSpan());
    String whereFile = environment.map(e -> pipeline.fileOf(e).path()).orElse(path);
    if (environment.isPresent()) {
      sink.add(DEPLOY_ENVIRONMENT, whereFile, where, label + " records its deployments in "
          + (name.isEmpty() ? "an environment" : "environment '" + name + "'"));
    } else {
      sink.add(DEPLOY_WITHOUT_ENVIRONMENT, path, job.nameSpan(),
          label + " deploys without an environment");
    }
    if (JobRoles.isProductionDeploy(job)) {
      sink.add(PRODUCTION_DEPLOY, path, job.nameSpan(), label + " deploys to production");
      if (JobRoles.isManual(job)) {
        sink.add(PRODUCTION_APPROVAL, path, job.nameSpan(),
            label + " waits for someone to start it (when: manual)");
      } else {
        sink.add(PRODUCTION_WITHOUT_APPROVAL, path, job.nameSpan(),
            label + " deploys to production without waiting for anyone");
      }
    } else if (name.isEmpty() ? Environments.saysStaging(job.name())
        || Environments.saysStaging(job.stage())
        : Environments.saysStaging(name) && !name.contains("$")) {
      sink.add(STAGING_DEPLOY, whereFile, where, label + " deploys to staging");
    }
  }

  private static void readCommand(Command command, Span span, String file, boolean mayFail,
      boolean scheduled, FactSink sink) {
    if (CiCommands.buildsImage(command)) {
      sink.add(IMAGE_BUILD, file, span, "'" + Commands.shortText(command) + "' builds an image");
    }
    Commands.addFacts(command, span, file, mayFail, scheduled, sink);
  }

  /**
   * Whether the job runs in scheduled pipelines only: {@code only: [schedules]}, or rules whose
   * every condition asks for {@code $CI_PIPELINE_SOURCE == "schedule"}.
   */
  private static boolean isScheduled(Job job) {
    Optional<YamlNode> only = job.only();
    if (only.isPresent()) {
      List<YamlNode> refs = only.get() instanceof YamlSequence s ? s.items()
          : only.get().asMapping().flatMap(m -> m.sequence("refs")).map(YamlSequence::items)
              .orElse(List.of());
      return refs.stream().anyMatch(r -> r instanceof YamlScalar s
          && s.value().equals("schedules"));
    }
    List<YamlNode> rules = job.rules().map(YamlSequence::items).orElse(List.of());
    return rules.stream().anyMatch(r -> r instanceof YamlMapping m && m.string("if")
        .map(c -> c.contains("CI_PIPELINE_SOURCE") && c.contains("schedule")
            && !c.contains("!=")).orElse(false));
  }
}
