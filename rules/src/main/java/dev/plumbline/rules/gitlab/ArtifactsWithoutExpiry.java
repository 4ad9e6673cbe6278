package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;

/**
 * Job artifacts that store files ({@code paths:} or {@code untracked: true}) without
 * {@code expire_in:}, in the job's resolved {@code artifacts:} (its own, a template's or
 * {@code default:}'s). Artifacts of only {@code reports:} are left alone: GitLab keeps them small
 * and reads them itself. {@code expire_in: never} is an explicit choice and is not reported.
 */
@Rule(id = "GLC012", name = "artifacts-without-expiry", platform = Platform.GITLAB_CI,
    severity = Severity.NOTE, tags = {"cost"},
    summary = "Job artifacts without expire_in")
public final class ArtifactsWithoutExpiry implements GitLabRule {

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    if (job.hidden()) {
      return; // a template's artifacts are judged in the jobs that use them
    }
    Optional<YamlMapping> artifacts = job.artifacts();
    if (artifacts.isEmpty() || artifacts.get().has("expire_in") || !storesFiles(artifacts.get())) {
      return;
    }
    YamlMapping.Entry entry = job.entry("artifacts").orElseThrow();
    ctx.report(entry.key(), WrittenIn.describe(job, "artifacts") + " keeps artifacts without 'expire_in': "
            + "they are stored for the instance's default time (30 days unless an administrator "
            + "changed it, possibly to never)",
        "add 'expire_in:' with how long later jobs and people need them, such as "
            + "'expire_in: 1 week'");
  }

  /** {@code paths:} or {@code untracked: true}: an archive of files, not only reports. */
  private static boolean storesFiles(YamlMapping artifacts) {
    return artifacts.get("paths").filter(p -> !p.isNull()).isPresent()
        || artifacts.scalar("untracked").flatMap(YamlScalar::asBoolean).orElse(false);
  }
}
