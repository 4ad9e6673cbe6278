package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;

/**
 * {@code allow_failure: true} on a job that tests, lints or scans ({@link JobRoles#isTest}),
 * on the job or in one of its {@code rules:}. {@code allow_failure: exit_codes:} is left alone:
 * it tolerates only the exit codes it names, a deliberate and narrow choice. So are manual jobs,
 * for which {@code allow_failure: true} is GitLab's default and writing it changes nothing.
 */
@Rule(id = "GLC004", name = "allow-failure-on-tests", platform = Platform.GITLAB_CI,
    severity = Severity.WARNING, tags = {"reliability", "testing"},
    summary = "Test, lint or scan job is allowed to fail")
public final class AllowFailureOnTests implements GitLabRule {

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    if (job.hidden() || !JobRoles.isTest(job)) {
      return;
    }
    boolean manual = job.when().map(w -> w.value().equals("manual")).orElse(false);
    if (!JobRoles.isManual(job)) {
      job.scalar("allow_failure").ifPresent(v -> check(job, v, "", ctx));
    }
    for (YamlNode rule : job.rules().map(YamlSequence::items).orElse(List.of())) {
      if (rule instanceof YamlMapping m && !isManual(m, manual)) {
        m.scalar("allow_failure").ifPresent(v -> check(job, v, " in one of its rules", ctx));
      }
    }
  }

  /** Whether the value is written in the job itself, not in a template it inherits from. */
  private static boolean writtenIn(Job job, YamlScalar value) {
    Span span = job.writtenNode().span();
    return job.pipeline().fileOf(value) == job.file()
        && value.span().start().offset() >= span.start().offset()
        && value.span().end().offset() <= span.end().offset();
  }

  /** A rule's {@code when:} overrides the job's. */
  private static boolean isManual(YamlMapping rule, boolean jobManual) {
    Optional<String> when = rule.scalar("when").map(YamlScalar::value);
    return when.map("manual"::equals).orElse(jobManual);
  }

  private static void check(Job job, YamlScalar value, String where, GitLabContext ctx) {
    if (value.asBoolean().orElse(false)) {
      // a template's value is reported once for all the jobs that inherit it
      boolean own = writtenIn(job, value);
      String subject = own ? "test job '" + job.name() + "'" : "test jobs inheriting this";
      ctx.report(value, subject + " " + (own ? "is" : "are") + " allowed to fail" + where
          + ": " + (own ? "its" : "their") + " failures show as warnings and the pipeline goes on",
          "fix or quarantine the failing checks and remove 'allow_failure: true'; to tolerate one "
              + "known exit code only, use 'allow_failure: exit_codes: [<code>]'");
    }
  }
}
