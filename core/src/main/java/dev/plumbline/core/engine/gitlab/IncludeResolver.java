package dev.plumbline.core.engine.gitlab;

import dev.plumbline.core.model.gitlab.GitLabProblem;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.model.gitlab.PipelineFile;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Follows a pipeline's {@code include: local:} (and short-form) includes from the repository
 * root, as GitLab does: each included file's own includes first, then the file; a file is read
 * once, however often it is included, which also ends include cycles. Remote, project, template
 * and component includes are never fetched: a pipeline that has them is not
 * {@linkplain Pipeline#isComplete() complete}.
 */
final class IncludeResolver {

  /**
   * Runs of {@code *} a wildcard include may have. GitLab's own examples have two
   * ({@code configs/**}{@code /*.yml}); the JDK's glob matcher backtracks, so its work per path
   * grows as the path's length to the power of the runs: four runs took 0.7 s against one path
   * of 200 characters, ten took half a minute against 47.
   */
  static final int MAX_WILDCARDS = 2;

  /** Longer paths are not matched against a wildcard include (no pipeline file is that deep). */
  private static final int MAX_MATCHED_PATH = 512;


  /** GitLab reads at most 150 files into one pipeline. */
  static final int MAX_FILES = 150;
  /** Bounds the walk that expands wildcard includes in a very large repository. */
  private static final int MAX_WALKED_FILES = 100_000;

  /** Reads an included file: empty when it is unreadable or holds no pipeline mapping. */
  interface Loader {
    Optional<PipelineFile> load(Path file);
  }

  /**
   * A pipeline's files, in the order GitLab merges them (the main file last), with where each is
   * on disk (null for a main file read from standard input).
   */
  record Assembly(List<PipelineFile> files, List<Path> paths, List<GitLabProblem> problems,
      boolean resolved, List<Path> children, boolean child) {

    Pipeline pipeline() {
      return new Pipeline(files, problems, resolved, child);
    }
  }

  private final Loader loader;
  private final Map<Path, List<String>> pipelineFilesByRoot = new HashMap<>();

  IncludeResolver(Loader loader) {
    this.loader = loader;
  }

  /**
   * The pipeline of a {@code .gitlab-ci.yml}, then the child pipelines its jobs start
   * ({@code trigger: include:}) and theirs, each a pipeline of its own from the same repository
   * root. A pipeline whose main file is in {@code started} is not assembled again.
   */
  List<Assembly> pipelinesFrom(Path mainFile, Set<Path> started) {
    Path root = mainFile.getParent();
    List<Assembly> assemblies = new ArrayList<>();
    Deque<Path> pending = new ArrayDeque<>();
    if (started.add(mainFile)) {
      pending.add(mainFile);
    }
    while (!pending.isEmpty()) {
      Path location = pending.pop();
      Optional<PipelineFile> pipeline = loader.load(location);
      if (pipeline.isEmpty()) {
        continue;
      }
      Assembly assembly = assemble(pipeline.get(), location, root, !location.equals(mainFile));
      assemblies.add(assembly);
      assembly.children().stream().filter(started::add).forEach(pending::add);
    }
    return assemblies;
  }

  /**
   * @param repositoryRoot where local includes resolve; null when unknown, which leaves them
   *                       unresolved
   */
  Assembly assemble(PipelineFile main, Path mainPath, Path repositoryRoot) {
    return assemble(main, mainPath, repositoryRoot, false);
  }

  /** @param child whether a job of another pipeline starts this one */
  Assembly assemble(PipelineFile main, Path mainPath, Path repositoryRoot, boolean child) {
    return new Walk(repositoryRoot).run(main, mainPath, child);
  }

  private final class Walk {
    private final Path root;
    private final Set<Path> seen = new HashSet<>();
    private final List<PipelineFile> files = new ArrayList<>();
    private final List<Path> paths = new ArrayList<>();
    private final List<GitLabProblem> problems = new ArrayList<>();
    private final List<Path> children = new ArrayList<>();
    private boolean resolved = true;

    Walk(Path root) {
      this.root = root;
    }

    Assembly run(PipelineFile main, Path mainPath, boolean child) {
      if (mainPath != null) {
        seen.add(mainPath);
      }
      visit(main, mainPath, 0);
      return new Assembly(files, paths, problems, resolved, children, child);
    }

    private void visit(PipelineFile file, Path path, int depth) {
      for (YamlNode include : entries(file.root())) {
        Optional<YamlScalar> local = localPath(include);
        if (local.isEmpty()) {
          continue;
        }
        for (Path target : targets(local.get())) {
          if (!seen.add(target)) {
            continue; // GitLab reads a file once, which also ends cycles
          }
          if (seen.size() > MAX_FILES || depth >= MAX_FILES) {
            problems.add(new GitLabProblem(local.get(), "the pipeline includes more than "
                + MAX_FILES + " files, GitLab's limit", false));
            resolved = false;
            return;
          }
          Optional<PipelineFile> child = loader.load(target);
          if (child.isEmpty()) {
            resolved = false; // its own lint says why it cannot be read
            continue;
          }
          visit(child.get(), target, depth + 1);
        }
      }
      files.add(file);
      paths.add(path);
      childPipelines(file.root());
    }

    /**
     * The local files the file's jobs start as child pipelines ({@code trigger: include:}): each
     * is a pipeline of its own, in the same repository.
     */
    private void childPipelines(YamlMapping pipeline) {
      for (YamlMapping.Entry e : pipeline.entries()) {
        Optional<YamlNode> include = e.value() instanceof YamlMapping job
            ? job.mapping("trigger").flatMap(t -> t.get("include")) : Optional.empty();
        if (include.isEmpty() || root == null) {
          continue;
        }
        List<YamlNode> items = include.get() instanceof YamlSequence seq ? seq.items()
            : List.of(include.get());
        for (YamlNode item : items) {
          Optional<YamlScalar> local = item instanceof YamlScalar s && !s.isNull()
              && !s.value().contains("://") ? Optional.of(s)
              : item instanceof YamlMapping m ? m.scalar("local") : Optional.empty();
          local.filter(l -> !l.isNull() && !l.value().contains("$") && !l.value().contains("*"))
              .flatMap(l -> inRepository(l.value().trim().replaceFirst("^/+", "")))
              .filter(p -> Files.isRegularFile(p) && staysInRepository(p))
              .ifPresent(children::add);
        }
      }
    }

    /** The local path an include names; empty (and the pipeline unresolved) for other kinds. */
    private Optional<YamlScalar> localPath(YamlNode include) {
      if (include instanceof YamlScalar s && !s.isNull()) {
        if (s.value().startsWith("https://") || s.value().startsWith("http://")) {
          resolved = false;
          return Optional.empty();
        }
        return Optional.of(s);
      }
      Optional<YamlScalar> local = include instanceof YamlMapping m
          ? m.scalar("local").filter(v -> !v.isNull()) : Optional.empty();
      if (local.isEmpty()) {
        resolved = false; // remote, project, template, component: never fetched
      }
      return local;
    }

    private List<Path> targets(YamlScalar local) {
      String written = local.value().trim();
      if (root == null || written.contains("$")) {
        resolved = false; // a variable GitLab expands when the pipeline runs
        return List.of();
      }
      String relative = written.replaceFirst("^/+", "");
      Path target;
      try {
        if (relative.contains("*")) {
          if (wildcardRuns(relative) > MAX_WILDCARDS) {
            // the glob matcher backtracks: each further wildcard multiplies its work per path
            problems.add(new GitLabProblem(local, "local include '" + written + "' has more "
                + "than " + MAX_WILDCARDS + " wildcards; Plumbline does not expand it", false));
            resolved = false;
            return List.of();
          }
          return expand(relative);
        }
        target = root.resolve(relative).normalize();
      } catch (InvalidPathException | PatternSyntaxException e) {
        problems.add(new GitLabProblem(local, "local include '" + written + "' is not a valid "
            + "path or wildcard", false));
        resolved = false;
        return List.of();
      }
      if (!target.startsWith(root)) {
        problems.add(new GitLabProblem(local, "local include '" + written + "' leaves the "
            + "repository: GitLab resolves local includes from the repository root", false));
        resolved = false;
        return List.of();
      }
      if (!Files.isRegularFile(target)) {
        problems.add(new GitLabProblem(local, "local include '" + written + "' names no file of "
            + "the repository", false));
        resolved = false;
        return List.of();
      }
      if (!staysInRepository(target)) {
        problems.add(new GitLabProblem(local, "local include '" + written + "' goes through a "
            + "symbolic link that leaves the repository; Plumbline does not read it", false));
        resolved = false;
        return List.of();
      }
      return List.of(target);
    }

    /** Whether the file, symbolic links followed, is inside the repository. */
    private boolean staysInRepository(Path path) {
      try {
        return path.toRealPath().startsWith(root.toRealPath());
      } catch (IOException e) {
        return false;
      }
    }

    /** A relative path inside the repository; empty for one that leaves it or is no path. */
    private Optional<Path> inRepository(String relative) {
      try {
        Path path = root.resolve(relative).normalize();
        return path.startsWith(root) ? Optional.of(path) : Optional.empty();
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }

    /** The runs of {@code *} in a pattern: {@code /a/**}{@code /*.yml} has two. */
    private static int wildcardRuns(String pattern) {
      int runs = 0;
      for (int i = 0; i < pattern.length(); i++) {
        if (pattern.charAt(i) == '*' && (i == 0 || pattern.charAt(i - 1) != '*')) {
          runs++;
        }
      }
      return runs;
    }

    /** A wildcard include: the repository's YAML files it matches, in path order. */
    private List<Path> expand(String pattern) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      List<Path> matches = new ArrayList<>();
      for (String file : yamlFiles(root)) {
        if (file.length() <= MAX_MATCHED_PATH && matcher.matches(Path.of(file))) {
          matches.add(root.resolve(file));
        }
      }
      return matches;
    }
  }

  /** The repository's YAML files, relative and sorted; read once per repository. */
  private List<String> yamlFiles(Path root) {
    return pipelineFilesByRoot.computeIfAbsent(root, r -> {
      List<String> found = new ArrayList<>();
      try {
        Files.walkFileTree(r, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.getFileName() != null && dir.getFileName().toString().equals(".git")
                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (attrs.isRegularFile() && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
              found.add(r.relativize(file).toString().replace('\\', '/'));
            }
            return found.size() < MAX_WALKED_FILES ? FileVisitResult.CONTINUE
                : FileVisitResult.TERMINATE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException | UncheckedIOException e) {
        // an unreadable repository expands to what was found before the failure
      }
      found.sort(null);
      return found;
    });
  }

  /** The entries of a file's {@code include:}: one entry, or a list of them. */
  static List<YamlNode> entries(YamlMapping pipeline) {
    Optional<YamlNode> include = pipeline.get("include");
    if (include.isEmpty() || include.get().isNull()) {
      return List.of();
    }
    return include.get() instanceof YamlSequence seq ? seq.items() : List.of(include.get());
  }
}
