package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Locale;
import java.util.Optional;
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
      + "|sast|dast|scan|scanning|security|audit|coverage|vet)(?:$|[^a-z])");
  private static final Pattern DEPLOY_WORD = Pattern.compile(
      "(?:^|[^a-z])(?:deploy|deployment|deploys|release|rollout|publish|promote)(?:$|[^a-z])");
  private static final Pattern PRODUCTION = Pattern.compile(
      "(?:^|[^a-z])(?:prod|production|live|prd)(?:$|[^a-z])");

  private JobRoles() {}

  /** Whether the job runs tests, linters or scanners: by stage, name or commands. */
  public static boolean isTest(Job job) {
    return TEST_WORD.matcher(lower(job.stage())).find()
        || TEST_WORD.matcher(lower(job.name())).find()
        || job.scripts().stream().anyMatch(JobRoles::runsTests);
  }

  /**
   * Whether the job deploys: it has an environment it starts (not {@code action: stop},
   * {@code prepare}, {@code verify} or {@code access}), or its name or stage says deploy.
   */
  public static boolean isDeploy(Job job) {
    if (job.environment().isPresent()) {
      return environmentAction(job).map("start"::equals).orElse(true);
    }
    return DEPLOY_WORD.matcher(lower(job.stage())).find()
        || DEPLOY_WORD.matcher(lower(job.name())).find();
  }

  /** Whether the job deploys to production: by environment name, else by job name. */
  public static boolean isProductionDeploy(Job job) {
    if (!isDeploy(job)) {
      return false;
    }
    Optional<YamlScalar> environment = job.environmentName();
    if (environment.isPresent()) {
      return isProduction(environment.get().value());
    }
    return PRODUCTION.matcher(lower(job.name())).find();
  }

  /** Whether an environment name is production ({@code production}, {@code prod/eu}...). */
  public static boolean isProduction(String environmentName) {
    return PRODUCTION.matcher(lower(environmentName)).find();
  }

  /** {@code environment: action:}, when the environment is a mapping that sets it. */
  public static Optional<String> environmentAction(Job job) {
    return job.environment().filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast)
        .flatMap(m -> m.scalar("action")).map(YamlScalar::value);
  }

  private static boolean runsTests(Script script) {
    for (Command c : script.commands()) {
      String sub = c.subcommand().map(w -> w.text()).orElse("");
      if (c.is("pytest", "tox", "nox", "jest", "vitest", "mocha", "phpunit", "rspec", "ctest",
          "eslint", "golangci-lint", "ruff", "flake8", "pylint", "mypy", "shellcheck", "hadolint",
          "trivy", "grype", "snyk", "semgrep", "gitleaks", "trufflehog", "checkov", "tflint")) {
        return true;
      }
      if (c.is("npm", "yarn", "pnpm") && (sub.equals("test") || sub.equals("lint"))
          || c.is("go", "cargo", "dotnet", "mix", "bundle", "make") && sub.equals("test")
          || c.is("mvn", "./mvnw", "gradle", "./gradlew") && c.args().stream()
              .anyMatch(a -> a.text().equals("test") || a.text().equals("verify")
                  || a.text().equals("check"))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
