package dev.plumbline.core.engine.gitlab;

import dev.plumbline.core.engine.FileLint;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.PlatformLinter;
import dev.plumbline.core.engine.ProjectPhase;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.Workers;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.engine.suppression.CommentDirectives;
import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.model.gitlab.PipelineFile;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.source.CommentScanner;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GitLab CI pipelines. Each file is read as YAML on its own (syntax errors are GLC000 findings,
 * {@code #} comments its suppressions). Then, in the {@linkplain ProjectPhase project phase},
 * each {@code .gitlab-ci.yml} is assembled with the files it includes locally, resolved into the
 * pipeline model, and walked by the {@link GitLabRule}s and, job by job, by the script rules; a
 * finding goes into the file where the value it is about is written. A local file a job starts
 * as a child pipeline ({@code trigger: include:}) is a pipeline of its own, with its includes;
 * so is a pipeline file that no {@code .gitlab-ci.yml} of the run reaches.
 */
public final class GitLabLinter implements PlatformLinter, ProjectPhase {

  private static final String INVALID = Platform.GITLAB_CI.invalidFileRuleId();
  /** Included files outside the run are read for their jobs; larger ones are left out. */
  private static final long MAX_INCLUDED_BYTES = 4L << 20;

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

  /**
   * The files the run's {@code .gitlab-ci.yml} files include locally, whatever their names
   * ({@code .gitlab/ci/build.yml}): they are pipeline files too.
   */
  @Override
  public Map<Path, FileKind> claims(List<DiscoveredFile> files) {
    IncludeResolver resolver = new IncludeResolver(new DiskLoader(Map.of())::load);
    Map<Path, FileKind> claimed = new LinkedHashMap<>();
    for (DiscoveredFile file : files) {
      if (!isMainFile(file.path())) {
        continue;
      }
      for (IncludeResolver.Assembly assembly : resolver.pipelinesFrom(file.path(),
          new HashSet<>())) {
        for (Path path : assembly.paths()) {
          if (path != null && !path.equals(file.path())) {
            claimed.put(path, FileKind.GITLAB_CI);
          }
        }
      }
    }
    return claimed;
  }

  @Override
  public void lint(FileLint lint, FileKind kind) {
    SourceFile file = lint.file();
    lint.addDirectives(CommentDirectives.read(file, CommentScanner.scan(file)));
    PipelineDocument document = PipelineDocument.read(file, lint.limits().yaml());
    for (PipelineDocument.Problem problem : document.problems()) {
      lint.reportInvalid(INVALID, problem.span(), problem.message());
    }
    document.root().ifPresent(root -> lint.attach(PipelineFile.class, new PipelineFile(file, root)));
  }

  @Override
  public void lintProject(List<FileLint> files, RuleSet rules, List<Notification> notifications,
      Workers workers) {
    Map<Path, FileLint> byLocation = new HashMap<>();
    for (FileLint lint : files) {
      lint.location().ifPresent(p -> byLocation.put(p, lint));
    }
    DiskLoader disk = new DiskLoader(byLocation);
    IncludeResolver resolver = new IncludeResolver(disk::load);
    List<IncludeResolver.Assembly> pipelines = new ArrayList<>();
    Set<FileLint> reached = new HashSet<>();
    Set<Path> started = new HashSet<>();
    for (FileLint lint : files) {
      Optional<Path> location = lint.location().filter(GitLabLinter::isMainFile);
      if (location.isEmpty() || lint.attachment(PipelineFile.class).isEmpty()) {
        continue;
      }
      for (IncludeResolver.Assembly assembly : resolver.pipelinesFrom(location.get(), started)) {
        pipelines.add(assembly);
        assembly.paths().stream().map(byLocation::get).filter(l -> l != null)
            .forEach(reached::add);
      }
    }
    for (FileLint lint : files) {
      Optional<PipelineFile> main = lint.attachment(PipelineFile.class);
      if (main.isPresent() && !reached.contains(lint)) {
        // a fragment or template: its includes are relative to a root not known here
        pipelines.add(resolver.assemble(main.get(), lint.location().orElse(null), null));
      }
    }
    List<RuleDescriptor> gitLabRules = rules.active().stream()
        .filter(d -> d.visits(GitLabRule.class)).toList();
    Map<SourceFile, FileLint> bySource = new IdentityHashMap<>();
    for (FileLint lint : files) {
      bySource.putIfAbsent(lint.file(), lint);
    }
    // pipelines share included files, and a finding in one is reported once: they are walked
    // one after the other, in order
    Set<String> reported = new HashSet<>();
    Set<String> scripts = new HashSet<>();
    for (IncludeResolver.Assembly assembly : pipelines) {
      Map<SourceFile, FileLint> lints = new IdentityHashMap<>();
      for (PipelineFile f : assembly.files()) {
        FileLint lint = bySource.get(f.file());
        if (lint != null) {
          lints.put(f.file(), lint);
        }
      }
      Pipeline pipeline = assembly.pipeline();
      for (RuleDescriptor rule : gitLabRules) {
        for (Map<String, FileLint> group : ProjectPhase.filesByOptions(rule, lints.values())) {
          Map<SourceFile, FileLint> covered = new IdentityHashMap<>();
          group.values().forEach(l -> covered.put(l.file(), l));
          PipelineWalk.run(rule, pipeline, covered, reported, notifications);
        }
      }
      lintScripts(pipeline, lints, scripts);
      // the files of a run share its observer: the pipeline's first file of the run shows it
      assembly.files().stream().map(f -> lints.get(f.file())).filter(l -> l != null).findFirst()
          .ifPresent(lint -> lint.observe(o -> o.pipeline(pipeline)));
    }
  }

  /**
   * The script rules over every job's scripts, in the file each is written in. A template's
   * scripts are checked where a job runs them; jobs that share a template's script get it
   * checked once.
   */
  private static void lintScripts(Pipeline pipeline, Map<SourceFile, FileLint> lints,
      Set<String> done) {
    for (Job job : pipeline.visibleJobs()) {
      for (Script script : job.scripts()) {
        FileLint lint = lints.get(job.fileOf(script));
        if (lint != null && done.add(lint.file().path() + '\0'
            + script.span(0, script.text().length()) + '\0' + script.text())) {
          lint.lintScript(script);
        }
      }
    }
  }

  /** A pipeline's main file: {@code .gitlab-ci.yml}, which GitLab starts from. */
  private static boolean isMainFile(Path path) {
    Path name = path.getFileName();
    return name != null
        && (name.toString().equals(".gitlab-ci.yml") || name.toString().equals(".gitlab-ci.yaml"));
  }

  /**
   * Loads included files: those of the run as already read, others from disk (read-only, for
   * their jobs; findings are never reported into a file outside the run).
   */
  private static final class DiskLoader {
    private final Map<Path, FileLint> run;
    private final Map<Path, Optional<PipelineFile>> read = new HashMap<>();

    DiskLoader(Map<Path, FileLint> run) {
      this.run = run;
    }

    Optional<PipelineFile> load(Path path) {
      FileLint lint = run.get(path);
      if (lint != null) {
        return lint.attachment(PipelineFile.class);
      }
      return read.computeIfAbsent(path, p -> read(p, p.toString().replace('\\', '/')));
    }

    static Optional<PipelineFile> read(Path path, String displayPath) {
      try {
        if (Files.size(path) > MAX_INCLUDED_BYTES) {
          return Optional.empty();
        }
        SourceFile file = SourceFile.decode(displayPath, Files.readAllBytes(path));
        return PipelineDocument.read(file, YamlLimits.DEFAULT).root()
            .map(root -> new PipelineFile(file, root));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
  }
}
