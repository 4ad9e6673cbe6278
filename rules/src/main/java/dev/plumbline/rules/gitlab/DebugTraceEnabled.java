package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;

/**
 * {@code CI_DEBUG_TRACE} or {@code CI_DEBUG_SERVICES} set to a value the runner reads as true
 * ({@code true}, {@code "true"}, {@code "1"}, {@code "t"}) in global variables,
 * {@code workflow:rules}, a job or a template, or a job's {@code rules:}. Values from other
 * variables are left alone.
 */
@Rule(id = "GLC007", name = "debug-trace-enabled", platform = Platform.GITLAB_CI,
    severity = Severity.ERROR, tags = {"security", "secrets"}, securitySeverity = 7.0,
    summary = "CI_DEBUG_TRACE or CI_DEBUG_SERVICES turned on in the pipeline file")
public final class DebugTraceEnabled implements GitLabRule {

  private static final String TRACE = "CI_DEBUG_TRACE";
  private static final String SERVICES = "CI_DEBUG_SERVICES";

  @Override
  public void visitPipeline(Pipeline pipeline, GitLabContext ctx) {
    check(Variable.ofPipeline(pipeline), ctx);
  }

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    // templates too: the jobs extending them get the variable
    check(Variable.ofJob(job), ctx);
  }

  private static void check(List<Variable> variables, GitLabContext ctx) {
    for (Variable v : variables) {
      if (!v.name().equals(TRACE) && !v.name().equals(SERVICES)) {
        continue;
      }
      v.value().filter(DebugTraceEnabled::isTrue).ifPresent(value -> ctx.report(value,
          v.name().equals(TRACE)
              ? "CI_DEBUG_TRACE is turned on: the job log shows every command with the values "
                  + "of all variables, masked and protected ones included"
              : "CI_DEBUG_SERVICES is turned on: the job log shows the output of its service "
                  + "containers, with whatever credentials they print",
          "remove it; to debug one run, set " + v.name() + " for that run only (Run pipeline "
              + "or Retry with variables), in a project where only maintainers read job logs"));
    }
  }

  private static boolean isTrue(YamlScalar value) {
    String text = value.value().trim().toLowerCase(Locale.ROOT);
    return text.equals("true") || text.equals("1") || text.equals("t");
  }
}
