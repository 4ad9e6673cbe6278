package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An environment a deploy job starts with no way back or out. A production environment needs
 * {@code on_stop:}, a job that stops it ({@code environment: action: stop}) or a rollback job
 * for it (a job named rollback or revert with the same environment). A review app's environment
 * needs {@code on_stop:}, a stop job or {@code auto_stop_in:}, or it lives on after its branch.
 *
 * <p>That no such job exists is only concluded in a {@linkplain Pipeline#isComplete() complete}
 * pipeline. Environments named by {@code $VARIABLES} (other than a review app's) are left alone.
 */
@Rule(id = "GLC016", name = "environment-without-rollback", platform = Platform.GITLAB_CI,
    severity = Severity.NOTE, tags = {"reliability", "deployment"},
    summary = "Production or review environment without a stop or rollback job")
public final class EnvironmentWithoutRollback implements GitLabRule {

  private static final Pattern ROLLBACK = Pattern.compile("rollback|roll-back|roll_back|revert");

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    Optional<YamlScalar> name = job.environmentName();
    if (job.hidden() || name.isEmpty() || !JobRoles.isDeploy(job)
        || !job.pipeline().isComplete() || has(job, "on_stop")) {
      return;
    }
    String environment = name.get().value();
    boolean review = JobRoles.isReviewEnvironment(environment);
    if (review && has(job, "auto_stop_in")
        || !review && (environment.contains("$") || !JobRoles.isProduction(environment))
        || hasStopJob(job.pipeline(), environment, !review)) {
      return;
    }
    if (review) {
      ctx.report(name.get(), "review environment '" + environment + "' is never stopped: no "
          + "on_stop, stop job or auto_stop_in",
          "add 'auto_stop_in: 1 week' to the environment, or 'on_stop:' naming a job with "
              + "'environment: action: stop'");
    } else {
      ctx.report(name.get(), "production environment '" + environment + "' has no stop or "
          + "rollback job", "add a job with 'environment: {name: "
          + environment + ", action: stop}' and name it in 'on_stop:', or a manual rollback "
          + "job that redeploys the previous release to '" + environment + "'");
    }
  }

  private static boolean has(Job job, String key) {
    return job.environment().filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast)
        .flatMap(m -> m.get(key)).filter(v -> !v.isNull()).isPresent();
  }

  /** A job that stops the environment, or (for production) one that rolls it back. */
  private static boolean hasStopJob(Pipeline pipeline, String environment, boolean rollback) {
    for (Job other : pipeline.visibleJobs()) {
      if (other.environmentName().filter(n -> n.value().equals(environment)).isEmpty()) {
        continue;
      }
      if (JobRoles.environmentAction(other).filter("stop"::equals).isPresent()
          || rollback && ROLLBACK.matcher(other.name().toLowerCase(Locale.ROOT)).find()) {
        return true;
      }
    }
    return false;
  }
}
