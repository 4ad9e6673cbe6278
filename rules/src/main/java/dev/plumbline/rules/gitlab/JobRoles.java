package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.rules.common.CiCommands;
import dev.plumbline.rules.common.RoleWords;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a job is for, read from its name, stage, environment and commands: a test, a deploy, a
 * production deploy. Shared by the GitLab rules about gating and deploying, so that they agree
 * on which jobs they are about.
 */
public final class JobRoles {

  /** Environment names GitLab reads a deployment tier from (besides production). */
  private static final Pattern TIER_NAME = Pattern.compile(
      "(?:^|[^a-z])(?:stag|staging|dev|development|test|testing|qa|uat|demo|preview|canary"
      + "|review)(?:$|[^a-z])");
  /** Environments GitLab documents for review apps: one per branch or merge request. */
  private static final Pattern REVIEW_ENVIRONMENT = Pattern.compile(
      "^review/|\\$\\{?CI_(?:COMMIT_REF_SLUG|COMMIT_REF_NAME|COMMIT_BRANCH|MERGE_REQUEST_IID"
      + "|MERGE_REQUEST_SOURCE_BRANCH_NAME|MERGE_REQUEST_SOURCE_BRANCH_SLUG)\\b");

  private JobRoles() {}

  /**
   * Whether the job runs tests, linters or scanners: by stage, name or commands. A job that
   * deploys is not a test, even in a stage named {@code test} (GitLab's default stage) or with
   * {@code test} in its name ({@code deploy-test}). The default stage alone does not make a job
   * a test: only a stage the job names.
   */
  public static boolean isTest(Job job) {
    if (isDeploy(job) || environmentAction(job).isPresent()) {
      return false;
    }
    return job.stageNode().map(s -> RoleWords.saysTest(s.value())).orElse(false)
        || RoleWords.saysTest(job.name())
        || job.scripts().stream().anyMatch(JobRoles::runsTests);
  }

  /**
   * Whether the job deploys: it has an environment it starts (not {@code action: stop},
   * {@code prepare}, {@code verify} or {@code access}), or its name or stage says deploy,
   * release or publish, or its stage is a production stage.
   */
  public static boolean isDeploy(Job job) {
    if (job.environment().isPresent()) {
      return environmentAction(job).map("start"::equals).orElse(true);
    }
    return saysDeploy(job) || RoleWords.saysRelease(job.stage())
        || RoleWords.saysRelease(job.name());
  }

  /**
   * Whether the job's name or stage says it deploys ({@code deploy}, {@code rollout},
   * {@code promote}, a production stage), not only that it releases or publishes.
   */
  private static boolean saysDeploy(Job job) {
    return RoleWords.saysDeploy(job.stage())
        || RoleWords.saysDeploy(job.name())
        || isProduction(job.stage());
  }

  /**
   * Whether the job deploys to a place: its name or stage says it deploys, releases or
   * publishes, or (unless its name says it tests or verifies) it starts an environment with a
   * {@code url:}, a {@code deployment_tier:} or a tier-like name (production, staging,
   * review...). Jobs that use an environment only to reach its protected variables (a signing
   * key, a licence server, per-branch packaging) are not such deploys.
   */
  public static boolean isTargetDeploy(Job job) {
    if (!isDeploy(job)) {
      return false;
    }
    Optional<YamlMapping> environment = job.environment().filter(YamlMapping.class::isInstance)
        .map(YamlMapping.class::cast);
    boolean saysRelease = saysDeploy(job) || RoleWords.saysRelease(job.stage())
        || RoleWords.saysRelease(job.name());
    if (!saysRelease && RoleWords.saysTest(job.name())) {
      return false; // a job that checks a deployment ('verify stable images'), not one that makes it
    }
    String name = job.environmentName().map(YamlScalar::value).orElse("");
    return saysRelease || environment.map(e -> e.has("url") || e.has("deployment_tier"))
        .orElse(false) || isProduction(name) || TIER_NAME.matcher(lower(name)).find();
  }

  /**
   * Whether the job waits for someone to start it: {@code when: manual} on the job, or on every
   * rule that runs it.
   */
  public static boolean isManual(Job job) {
    boolean manual = job.when().map(w -> w.value().equals("manual")).orElse(false);
    List<YamlNode> rules = job.rules().map(YamlSequence::items).orElse(List.of());
    if (rules.isEmpty()) {
      return manual;
    }
    boolean any = false;
    for (YamlNode rule : rules) {
      if (!(rule instanceof YamlMapping m)) {
        return false;
      }
      String when = m.scalar("when").map(YamlScalar::value).orElse(manual ? "manual" : "");
      if (when.equals("never")) {
        continue;
      }
      if (!when.equals("manual")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Whether the job deploys to production: by the environment's name when it is written out,
   * else (no environment, or a name made of {@code $VARIABLES}) by the job's name or stage.
   */
  public static boolean isProductionDeploy(Job job) {
    if (!isDeploy(job)) {
      return false;
    }
    Optional<String> environment = job.environmentName().map(YamlScalar::value)
        .filter(n -> !n.contains("$"));
    if (environment.isPresent()) {
      return isProduction(environment.get());
    }
    return isProduction(job.name()) || isProduction(job.stage());
  }

  /**
   * Whether an environment (or job or stage) name is production: {@code production},
   * {@code prod/eu}, {@code deploy-live}; not {@code pre-prod}, {@code non-prod} or a review app.
   */
  public static boolean isProduction(String name) {
    return !isReviewEnvironment(name) && RoleWords.saysProduction(name);
  }

  /**
   * Whether an environment name is a review app's: {@code review/...}, or named after the
   * branch or merge request ({@code $CI_COMMIT_REF_SLUG}...).
   */
  public static boolean isReviewEnvironment(String environmentName) {
    return REVIEW_ENVIRONMENT.matcher(environmentName).find();
  }

  /** {@code environment: action:}, when the environment is a mapping that sets it. */
  public static Optional<String> environmentAction(Job job) {
    return job.environment().filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast)
        .flatMap(m -> m.scalar("action")).map(YamlScalar::value);
  }

  private static boolean runsTests(Script script) {
    return script.commands().stream().anyMatch(CiCommands::runsTests);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
