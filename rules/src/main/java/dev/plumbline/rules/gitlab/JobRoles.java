package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a job is for, read from its name, stage, environment and commands: a test, a deploy, a
 * production deploy. Shared by the GitLab rules about gating and deploying, so that they agree
 * on which jobs they are about.
 */
public final class JobRoles {

  /** A word of a name or stage that makes the job a check: tests, linters, scanners. */
  private static final Pattern TEST_WORD = Pattern.compile(
      "(?:^|[^a-z])(?:tests?|unit|integration|e2e|lint|linters?|check|checks|verify|qa|spec|specs"
      + "|sast|dast|scan|scanning|security|audit|coverage|vet|validate|validation)(?:$|[^a-z])");
  private static final Pattern DEPLOY_WORD = Pattern.compile(
      "(?:^|[^a-z])(?:deploy|deployment|deploys|rollout|promote)(?:$|[^a-z])");
  private static final Pattern RELEASE_WORD = Pattern.compile(
      "(?:^|[^a-z])(?:release|releases|publish)(?:$|[^a-z])");
  /** {@code prod}, {@code production}..., but not {@code pre-prod} or {@code non-prod}. */
  private static final Pattern PRODUCTION = Pattern.compile(
      "(?:^|[^a-z])(?:prod|production|live|prd)(?:$|[^a-z])");
  private static final Pattern NOT_PRODUCTION_PREFIX = Pattern.compile(
      "(?:pre|non|not)[-_ ]?$");
  /** Environment names GitLab reads a deployment tier from (besides production). */
  private static final Pattern TIER_NAME = Pattern.compile(
      "(?:^|[^a-z])(?:stag|staging|dev|development|test|testing|qa|uat|demo|preview|canary"
      + "|review)(?:$|[^a-z])");
  /** Environments GitLab documents for review apps: one per branch or merge request. */
  private static final Pattern REVIEW_ENVIRONMENT = Pattern.compile(
      "^review/|\\$\\{?CI_(?:COMMIT_REF_SLUG|COMMIT_REF_NAME|COMMIT_BRANCH|MERGE_REQUEST_IID"
      + "|MERGE_REQUEST_SOURCE_BRANCH_NAME|MERGE_REQUEST_SOURCE_BRANCH_SLUG)\\b");

  /** Programs that test, lint or scan whatever their arguments. */
  private static final Set<String> TEST_TOOLS = Set.of("pytest", "tox", "nox", "jest", "vitest",
      "mocha", "phpunit", "rspec", "ctest", "eslint", "golangci-lint", "ruff", "flake8", "pylint",
      "mypy", "shellcheck", "hadolint", "trivy", "grype", "snyk", "semgrep", "gitleaks",
      "trufflehog", "checkov", "tflint", "playwright", "cypress");

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
    return job.stageNode().map(s -> TEST_WORD.matcher(lower(s.value())).find()).orElse(false)
        || TEST_WORD.matcher(lower(job.name())).find()
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
    return saysDeploy(job) || RELEASE_WORD.matcher(lower(job.stage())).find()
        || RELEASE_WORD.matcher(lower(job.name())).find();
  }

  /**
   * Whether the job's name or stage says it deploys ({@code deploy}, {@code rollout},
   * {@code promote}, a production stage), not only that it releases or publishes.
   */
  private static boolean saysDeploy(Job job) {
    return DEPLOY_WORD.matcher(lower(job.stage())).find()
        || DEPLOY_WORD.matcher(lower(job.name())).find()
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
    boolean saysRelease = saysDeploy(job) || RELEASE_WORD.matcher(lower(job.stage())).find()
        || RELEASE_WORD.matcher(lower(job.name())).find();
    if (!saysRelease && TEST_WORD.matcher(lower(job.name())).find()) {
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
    String lower = lower(name);
    if (isReviewEnvironment(name)) {
      return false;
    }
    Matcher m = PRODUCTION.matcher(lower);
    while (m.find()) {
      int start = m.start() + (m.group().charAt(0) >= 'a' && m.group().charAt(0) <= 'z' ? 0 : 1);
      if (!NOT_PRODUCTION_PREFIX.matcher(lower.substring(0, start)).find()) {
        return true;
      }
    }
    return false;
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
    for (Command command : script.commands()) {
      List<String> words = tool(command.effective());
      if (words.isEmpty()) {
        continue;
      }
      String program = words.get(0).substring(words.get(0).lastIndexOf('/') + 1);
      String sub = words.stream().skip(1).filter(w -> !w.startsWith("-")).findFirst().orElse("");
      if (TEST_TOOLS.contains(program)
          || Set.of("terraform", "tofu", "packer").contains(program) && sub.equals("validate")
          || program.equals("helm") && sub.equals("lint")
          || Set.of("npm", "yarn", "pnpm", "bun").contains(program)
              && (sub.equals("test") || sub.equals("lint"))
          || Set.of("go", "cargo", "dotnet", "mix", "make").contains(program)
              && sub.equals("test")
          || Set.of("mvn", "mvnw", "gradle", "gradlew").contains(program) && words.stream()
              .anyMatch(w -> w.equals("test") || w.equals("verify") || w.equals("check"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The command's words from the tool it runs: {@code bundle exec rspec}, {@code poetry run
   * pytest}, {@code npx jest} and {@code python -m pytest} give {@code rspec}, {@code pytest}...
   */
  private static List<String> tool(Command c) {
    List<String> words = c.words().stream().map(Word::value).toList();
    if (words.size() >= 3 && Set.of("bundle", "poetry", "pipenv", "uv", "pdm", "hatch")
        .contains(words.get(0)) && Set.of("exec", "run").contains(words.get(1))) {
      return words.subList(2, words.size());
    }
    if (words.size() >= 2 && Set.of("npx", "pnpx", "bunx").contains(words.get(0))) {
      return words.subList(1, words.size());
    }
    if (words.size() >= 3 && words.get(0).startsWith("python") && words.get(1).equals("-m")) {
      return words.subList(2, words.size());
    }
    return words;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
