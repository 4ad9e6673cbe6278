package dev.plumbline.core.engine.gitlab;

import dev.plumbline.core.engine.FileLint;
import dev.plumbline.core.engine.FileLint.ActiveRule;
import dev.plumbline.core.engine.PlatformLinter;
import dev.plumbline.core.engine.suppression.CommentDirectives;
import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.source.CommentScanner;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlDocument;
import dev.plumbline.core.yaml.YamlLimits;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlParser;
import dev.plumbline.core.yaml.YamlProblem;
import dev.plumbline.core.yaml.YamlStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GitLab CI pipelines: YAML (anchors and {@code <<} merge keys applied, as GitLab does), then the
 * resolved pipeline model, then the {@link GitLabRule}s and the script rules over every job's
 * scripts. YAML errors go under GLC000; so do the model's resolution problems, through the
 * GLC000 rule.
 */
public final class GitLabLinter implements PlatformLinter {

  private static final YamlParser PARSER = new YamlParser(YamlLimits.DEFAULT, true);
  private static final String INVALID = Platform.GITLAB_CI.invalidFileRuleId();

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.GITLAB_CI);
  }

  @Override
  public Platform platform() {
    return Platform.GITLAB_CI;
  }

  @Override
  public Set<Platform> extraPlatforms() {
    return Set.of(Platform.SCRIPT);
  }

  @Override
  public void lint(FileLint lint, FileKind kind) {
    SourceFile file = lint.file();
    lint.addDirectives(CommentDirectives.read(file, CommentScanner.scan(file)));
    YamlStream stream = PARSER.parse(file);
    for (YamlProblem problem : stream.problems()) {
      lint.reportInvalid(INVALID, problem.span(), problem.message());
    }
    if (stream.fatalProblem().isPresent()) {
      return;
    }
    List<YamlDocument> documents = stream.documents();
    int index = hasSpecHeader(documents) ? 1 : 0;
    if (documents.size() <= index || documents.get(index).root().isNull()) {
      lint.reportInvalid(INVALID, Span.at(file.position(0)), "the pipeline is empty");
      return;
    }
    if (documents.size() > index + 1) {
      lint.reportInvalid(INVALID, documents.get(index + 1).root().span(), "a pipeline holds "
          + "one YAML document (after an optional spec: header), but this file has "
          + documents.size());
    }
    if (!(documents.get(index).root() instanceof YamlMapping root)) {
      lint.reportInvalid(INVALID, documents.get(index).root().span(),
          "a pipeline must be a mapping of keywords and jobs, not "
          + documents.get(index).root().kindName());
      return;
    }
    walk(lint, new Pipeline(file, root));
  }

  /** A CI/CD component or template with inputs: a {@code spec:} document, then the pipeline. */
  private static boolean hasSpecHeader(List<YamlDocument> documents) {
    return documents.size() > 1 && documents.get(0).root() instanceof YamlMapping m
        && m.has("spec") && m.size() == 1;
  }

  private static void walk(FileLint lint, Pipeline pipeline) {
    List<ActiveRule<GitLabRule>> rules = lint.instantiate(GitLabRule.class);
    for (ActiveRule<GitLabRule> r : rules) {
      lint.call(r, rule -> rule.visitPipeline(pipeline, r.context()));
    }
    Set<String> scripts = new HashSet<>();
    for (Job job : pipeline.jobs()) {
      for (ActiveRule<GitLabRule> r : rules) {
        lint.call(r, rule -> rule.visitJob(job, r.context()));
      }
      if (!job.hidden()) {
        // a template's scripts are checked where a job runs them
        // jobs that extend one template share its scripts: each is checked once
        for (Script script : job.scripts()) {
          if (scripts.add(script.span(0, script.text().length()) + "\n" + script.text())) {
            lint.lintScript(script);
          }
        }
      }
    }
  }
}
