package dev.plumbline.rules.score;

import static dev.plumbline.core.score.FactKind.CI_ON_CHANGE;
import static dev.plumbline.core.score.FactKind.CI_PIPELINE;
import static dev.plumbline.core.score.FactKind.DEPLOY_ENVIRONMENT;
import static dev.plumbline.core.score.FactKind.DEPLOY_JOB;
import static dev.plumbline.core.score.FactKind.DEPLOY_WITHOUT_ENVIRONMENT;
import static dev.plumbline.core.score.FactKind.IMAGE_BUILD;
import static dev.plumbline.core.score.FactKind.IMAGE_SCAN;
import static dev.plumbline.core.score.FactKind.IMAGE_SCAN_GATE;
import static dev.plumbline.core.score.FactKind.PRODUCTION_APPROVAL;
import static dev.plumbline.core.score.FactKind.PRODUCTION_DEPLOY;
import static dev.plumbline.core.score.FactKind.ROLLBACK;
import static dev.plumbline.core.score.FactKind.SECRET_INJECTION;
import static dev.plumbline.core.score.FactKind.SECRET_MANAGER;
import static dev.plumbline.core.score.FactKind.STAGING_DEPLOY;
import static dev.plumbline.core.score.FactKind.TEST_JOB;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Trigger;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.rules.github.JobRoles;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The facts of a GitHub Actions workflow: triggers, test and deploy jobs, scans, secrets. */
final class GitHubFacts {

  /** Actions that read secrets from a secret manager, by slug. */
  private static final Set<String> SECRET_MANAGER_ACTIONS = Set.of("hashicorp/vault-action",
      "aws-actions/aws-secretsmanager-get-secrets",
      "google-github-actions/get-secretmanager-secrets",
      "azure/get-keyvault-secrets", "1password/load-secrets-action", "bitwarden/sm-action",
      "dopplerhq/secrets-fetch-action", "infisical/secrets-action", "cyberark/conjur-action");
  /** {@code ${{ secrets.NAME }}}: a secret the platform hands the job when it runs. */
  private static final Pattern SECRET_REFERENCE =
      Pattern.compile("\\bsecrets\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)");

  private GitHubFacts() {}

  static void read(Workflow workflow, SourceFile file, FactSink sink) {
    String path = file.path();
    sink.add(CI_PIPELINE, path, workflow.root().span(), "GitHub Actions workflow");
    boolean scheduled = false;
    for (Trigger trigger : workflow.triggers()) {
      switch (trigger.event()) {
        case "push" -> {
          if (!tagsOnly(trigger)) {
            sink.add(CI_ON_CHANGE, path, trigger.span(), "the workflow runs on push");
          }
        }
        case "pull_request", "merge_group" -> sink.add(CI_ON_CHANGE, path, trigger.span(),
            "the workflow runs on " + trigger.event());
        case "schedule" -> scheduled = true;
        default -> { }
      }
    }
    for (Job job : workflow.jobs()) {
      readJob(job, path, scheduled, sink);
    }
    readSecretReferences(file, sink);
  }

  /** A push trigger that lists tags and no branches runs for releases, not for commits. */
  private static boolean tagsOnly(Trigger trigger) {
    Optional<YamlMapping> config = trigger.config().flatMap(YamlNode::asMapping);
    return config.isPresent() && (config.get().has("tags") || config.get().has("tags-ignore"))
        && !config.get().has("branches") && !config.get().has("branches-ignore");
  }

  private static void readJob(Job job, String path, boolean scheduled, FactSink sink) {
    String label = "job '" + job.id() + "'";
    if (JobRoles.isTest(job)) {
      sink.add(TEST_JOB, path, job.idSpan(), label + " runs tests or checks");
    }
    if (JobRoles.isDeploy(job)) {
      readDeploy(job, path, label, sink);
    }
    if (Environments.saysRollback(job.id())
        || job.name().map(Environments::saysRollback).orElse(false)) {
      sink.add(ROLLBACK, path, job.idSpan(), label + " rolls back");
    }
    boolean jobMayFail = continuesOnError(job.node());
    for (Step step : job.steps()) {
      readStep(step, path, scheduled, jobMayFail, sink);
    }
  }

  private static void readDeploy(Job job, String path, String label, FactSink sink) {
    sink.add(DEPLOY_JOB, path, job.idSpan(), label + " deploys");
    Optional<YamlScalar> environment = JobRoles.environmentName(job);
    String name = environment.map(YamlScalar::value).orElse("");
    Span where = environment.map(YamlScalar::span)
        .or(() -> job.node().entry("environment").map(YamlMapping.Entry::keySpan))
        .orElse(job.idSpan());
    if (JobRoles.hasEnvironment(job)) {
      sink.add(DEPLOY_ENVIRONMENT, path, where, label + " records its deployments in "
          + (name.isEmpty() ? "an environment" : "environment '" + name + "'"));
    } else {
      sink.add(DEPLOY_WITHOUT_ENVIRONMENT, path, job.idSpan(),
          label + " deploys without an environment");
    }
    if (JobRoles.isProductionDeploy(job)) {
      sink.add(PRODUCTION_DEPLOY, path, job.idSpan(), label + " deploys to production");
      // a production deploy without an environment is GHA019's finding
      if (JobRoles.hasEnvironment(job)) {
        sink.add(PRODUCTION_APPROVAL, path, where, label + " deploys through environment '"
            + name + "', whose protection rules can require approval");
      }
    } else if (name.isEmpty() ? Environments.saysStaging(job.id())
        || job.name().map(Environments::saysStaging).orElse(false)
        : Environments.saysStaging(name) && !name.contains("${{")) {
      sink.add(STAGING_DEPLOY, path, where, label + " deploys to staging");
    }
  }

  private static void readStep(Step step, String path, boolean scheduled, boolean jobMayFail,
      FactSink sink) {
    JobRoles.imageBuildSpan(step).ifPresent(span ->
        sink.add(IMAGE_BUILD, path, span, "step '" + step.label() + "' builds an image"));
    boolean mayFail = jobMayFail || continuesOnError(step.node());
    Optional<ActionRef> uses = step.uses();
    if (uses.isPresent()) {
      ActionRef ref = uses.get();
      Optional<Boolean> gate = ImageScanActions.gate(ref, step);
      if (gate.isPresent()) {
        sink.add(IMAGE_SCAN, path, ref.span(), ref.name() + " scans an image");
        if (gate.get() && !mayFail) {
          sink.add(IMAGE_SCAN_GATE, path, ref.span(),
              ref.name() + " fails the job on HIGH or CRITICAL vulnerabilities");
        }
      }
      if (SECRET_MANAGER_ACTIONS.contains(ref.slug())) {
        sink.add(SECRET_MANAGER, path, ref.span(), ref.name() + " reads a secret manager");
      }
      return;
    }
    for (Command command : JobRoles.commands(step)) {
      Commands.addFacts(command, JobRoles.span(step, command), path, mayFail, scheduled, sink);
    }
  }

  /** {@code continue-on-error: true} (an expression may make it true too). */
  private static boolean continuesOnError(YamlMapping node) {
    return node.scalar("continue-on-error").map(s -> !s.value().trim().equals("false"))
        .orElse(false);
  }

  /** Every {@code secrets.NAME} but the token GitHub gives every job, once per name. */
  private static void readSecretReferences(SourceFile file, FactSink sink) {
    Set<String> seen = new HashSet<>();
    Matcher m = SECRET_REFERENCE.matcher(file.text());
    while (m.find()) {
      String name = m.group(1);
      if (name.equals("GITHUB_TOKEN") || !seen.add(name.toUpperCase(Locale.ROOT))) {
        continue;
      }
      sink.add(SECRET_INJECTION, file.path(), file.span(m.start(), m.end()),
          "secret '" + name + "' is handed to the job when it runs");
    }
  }
}
