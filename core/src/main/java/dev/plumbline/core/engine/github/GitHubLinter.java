package dev.plumbline.core.engine.github;

import dev.plumbline.core.engine.Containment;
import dev.plumbline.core.engine.FileLint;
import dev.plumbline.core.engine.FileLint.ActiveRule;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.PlatformLinter;
import dev.plumbline.core.engine.ProjectPhase;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.Workers;
import dev.plumbline.core.engine.suppression.CommentDirectives;
import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.GitHubRepository;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.GitHubRule;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Workflows and action metadata. Each file is read as YAML on its own (syntax errors are GHA000
 * findings, {@code #} comments its suppressions); then, in the {@linkplain ProjectPhase project
 * phase}, the files are grouped by repository, modelled with a view of their repository (its
 * other workflows, its local actions and reusable workflows), and walked by the
 * {@link GitHubRule}s file by file.
 */
public final class GitHubLinter implements PlatformLinter, ProjectPhase {

  /**
   * GitHub Actions supports anchors and aliases, but not {@code <<} merge keys. With the default
   * limits: for files read from disk to look up what they declare.
   */
  static final YamlParser PARSER = new YamlParser(YamlLimits.DEFAULT, false);
  private static final String INVALID = Platform.GITHUB_ACTIONS.invalidFileRuleId();

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.GITHUB_WORKFLOW, FileKind.GITHUB_ACTION);
  }

  @Override
  public Platform platform() {
    return Platform.GITHUB_ACTIONS;
  }

  /** The script rules run over every {@code run:} step. */
  @Override
  public Set<Platform> extraPlatforms() {
    return Set.of(Platform.SCRIPT);
  }

  @Override
  public void lint(FileLint lint, FileKind kind) {
    SourceFile file = lint.file();
    lint.addDirectives(CommentDirectives.read(file, CommentScanner.scan(file)));
    YamlStream stream = new YamlParser(lint.limits().yaml(), false).parse(file);
    for (YamlProblem problem : stream.problems()) {
      lint.reportInvalid(INVALID, problem.span(), problem.message());
    }
    if (stream.fatalProblem().isPresent()) {
      return;
    }
    String what = kind == FileKind.GITHUB_WORKFLOW ? "workflow" : "action metadata file";
    List<YamlDocument> documents = stream.documents();
    if (documents.isEmpty() || documents.get(0).root().isNull()) {
      lint.reportInvalid(INVALID, Span.at(file.position(0)), "the " + what + " is empty");
      return;
    }
    if (documents.size() > 1) {
      lint.reportInvalid(INVALID, documents.get(1).root().span(),
          "a " + what + " holds one YAML document, but this file has " + documents.size());
    }
    if (!(documents.get(0).root() instanceof YamlMapping root)) {
      lint.reportInvalid(INVALID, documents.get(0).root().span(),
          "a " + what + " must be a mapping of keys, not " + documents.get(0).root().kindName());
      return;
    }
    lint.attach(Parsed.class, new Parsed(root, kind));
  }

  /** Models each file with its repository, then walks the rules over it. */
  @Override
  public void lintProject(List<FileLint> files, RuleSet rules, List<Notification> notifications,
      Workers workers) {
    Map<Path, LocalRepository> repositories = new HashMap<>();
    // the files of one repository share its lazily read local actions and workflows: they are
    // linted by one task, and different repositories side by side
    Map<Object, List<Runnable>> byRepository = new LinkedHashMap<>();
    for (FileLint lint : files) {
      Optional<Parsed> parsed = lint.attachment(Parsed.class);
      if (parsed.isEmpty()) {
        continue;
      }
      Optional<Path> location = lint.location();
      LocalRepository repository = location.map(LocalRepository::rootOf)
          .map(root -> repositories.computeIfAbsent(root, LocalRepository::new)).orElse(null);
      GitHubRepository view = repository == null ? GitHubRepository.UNKNOWN : repository;
      Object model = parsed.get().kind() == FileKind.GITHUB_WORKFLOW
          ? new Workflow(parsed.get().root(), view) : new ActionMetadata(parsed.get().root(), view);
      if (repository != null) {
        repository.add(location.get(), model);
      }
      byRepository.computeIfAbsent(repository == null ? lint : repository,
          r -> new ArrayList<>()).add(() -> walk(lint, model));
    }
    List<Runnable> tasks = new ArrayList<>();
    for (List<Runnable> walks : byRepository.values()) {
      tasks.add(() -> walks.forEach(Runnable::run));
    }
    workers.runAll(tasks);
  }

  /** Every GitHub rule over one file's workflow or action; then the run's observer. */
  private static void walk(FileLint lint, Object model) {
    try {
      List<ActiveRule<GitHubRule>> active = lint.instantiate(GitHubRule.class);
      if (model instanceof Workflow workflow) {
        walk(lint, active, workflow);
        lint.observe(o -> o.workflow(workflow, lint.file()));
      } else if (model instanceof ActionMetadata action) {
        walk(lint, active, action);
      }
    } catch (Throwable e) {
      Containment.rethrowFatal(e);
      lint.notifications().add(Notification.internalError(lint.file().path(), null, e));
    }
  }

  /** A file's YAML, kept for the project phase. */
  private record Parsed(YamlMapping root, FileKind kind) {}

  private static void walk(FileLint lint, List<ActiveRule<GitHubRule>> rules, Workflow workflow) {
    for (ActiveRule<GitHubRule> r : rules) {
      lint.call(r, rule -> rule.visitWorkflow(workflow, r.context()));
    }
    for (Job job : workflow.jobs()) {
      for (ActiveRule<GitHubRule> r : rules) {
        lint.call(r, rule -> rule.visitJob(job, r.context()));
      }
      walkSteps(lint, rules, job.steps());
    }
  }

  private static void walk(FileLint lint, List<ActiveRule<GitHubRule>> rules, ActionMetadata action) {
    for (ActiveRule<GitHubRule> r : rules) {
      lint.call(r, rule -> rule.visitAction(action, r.context()));
    }
    walkSteps(lint, rules, action.steps());
  }

  /** The step rules over each step, and the script rules over the script of each run: step. */
  private static void walkSteps(FileLint lint, List<ActiveRule<GitHubRule>> rules,
      List<Step> steps) {
    List<Optional<Script>> scripts = GitHubScripts.of(steps);
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      for (ActiveRule<GitHubRule> r : rules) {
        lint.call(r, rule -> rule.visitStep(step, r.context()));
      }
      scripts.get(i).ifPresent(lint::lintScript);
    }
  }
}
