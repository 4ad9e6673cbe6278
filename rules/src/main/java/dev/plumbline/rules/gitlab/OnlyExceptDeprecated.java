package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;

/**
 * {@code only:} and {@code except:} on a job: GitLab no longer develops them and recommends
 * {@code rules:}. Reported at the key, where the job or its template writes it.
 */
@Rule(id = "GLC010", name = "only-except-deprecated", platform = Platform.GITLAB_CI,
    severity = Severity.NOTE, tags = {"maintainability"},
    summary = "Job uses only: or except:, which rules: replaces")
public final class OnlyExceptDeprecated implements GitLabRule {

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    if (job.hidden()) {
      return; // a template's keys are reported through the jobs that extend it
    }
    for (String keyword : new String[] {"only", "except"}) {
      if (job.get(keyword).isEmpty()) {
        continue;
      }
      YamlMapping.Entry entry = job.entry(keyword).orElseThrow();
      ctx.report(entry.key(), WrittenIn.describe(job, keyword) + " uses '" + keyword + ":', which GitLab "
              + "no longer develops: 'rules:' replaces it",
          "write the condition as 'rules:' (for example '- if: $CI_COMMIT_BRANCH == "
              + "$CI_DEFAULT_BRANCH'); 'only:'/'except:' cannot be combined with 'rules:'");
    }
  }
}
