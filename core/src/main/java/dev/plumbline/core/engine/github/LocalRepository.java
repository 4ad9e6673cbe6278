package dev.plumbline.core.engine.github;

import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.GitHubRepository;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A repository on disk: the workflows and actions of the run that lie in it, and, for local
 * actions and reusable workflows the run does not hold, their files read from disk (read-only,
 * for what they declare; nothing is reported into them).
 */
final class LocalRepository implements GitHubRepository {

  /** Action and workflow files larger than this are not read for lookups. */
  private static final long MAX_BYTES = 1L << 20;

  private final Path root;
  private final List<Workflow> workflows = new ArrayList<>();
  private final Map<Path, Object> models = new HashMap<>();
  private final Map<Path, Optional<YamlMapping>> read = new HashMap<>();

  LocalRepository(Path root) {
    this.root = root;
  }

  /** Adds a workflow or action of the run, at its absolute path. */
  void add(Path path, Object model) {
    models.put(path, model);
    if (model instanceof Workflow w) {
      workflows.add(w);
    }
  }

  @Override
  public List<Workflow> workflows() {
    return List.copyOf(workflows);
  }

  @Override
  public Optional<ActionMetadata> localAction(String path) {
    Optional<Path> directory = resolve(path);
    if (directory.isEmpty()) {
      return Optional.empty();
    }
    for (String name : List.of("action.yml", "action.yaml")) {
      Path file = directory.get().resolve(name);
      if (models.get(file) instanceof ActionMetadata action) {
        return Optional.of(action);
      }
      Optional<YamlMapping> root = readFromDisk(file);
      if (root.isPresent()) {
        ActionMetadata action = new ActionMetadata(root.get(), this);
        models.put(file, action);
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<Workflow> localWorkflow(String path) {
    Optional<Path> file = resolve(path);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    if (models.get(file.get()) instanceof Workflow workflow) {
      return Optional.of(workflow);
    }
    Optional<Workflow> fromDisk = readFromDisk(file.get()).map(r -> new Workflow(r, this));
    fromDisk.ifPresent(w -> models.put(file.get(), w));
    return fromDisk;
  }

  @Override
  public boolean isKnown() {
    return true;
  }

  /**
   * A {@code ./relative} path inside the repository, or {@code $/relative} (the same repository
   * at the caller's commit); empty for anything else.
   */
  private Optional<Path> resolve(String path) {
    if (!(path.startsWith("./") || path.startsWith("$/")) || path.contains("\\")
        || path.contains("${{")) {
      return Optional.empty();
    }
    Path resolved;
    try {
      resolved = root.resolve(path.substring(2)).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty(); // no file can have this name
    }
    return resolved.startsWith(root) ? Optional.of(resolved) : Optional.empty();
  }

  private Optional<YamlMapping> readFromDisk(Path file) {
    return read.computeIfAbsent(file, f -> {
      try {
        if (!Files.isRegularFile(f) || Files.size(f) > MAX_BYTES
            || !f.toRealPath().startsWith(root.toRealPath())) {
          // a symbolic link out of the repository is not followed
          return Optional.empty();
        }
        SourceFile source = SourceFile.decode(root.relativize(f).toString(),
            Files.readAllBytes(f));
        YamlStream stream = GitHubLinter.PARSER.parse(source);
        if (stream.fatalProblem().isPresent() || stream.documents().isEmpty()) {
          return Optional.empty();
        }
        return stream.documents().get(0).root() instanceof YamlMapping m
            ? Optional.of(m) : Optional.empty();
      } catch (IOException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * The root of the repository a file belongs to: for a workflow, the directory above
   * {@code .github/workflows}; otherwise the nearest directory holding {@code .git} or
   * {@code .github}, else the file's own directory.
   */
  static Path rootOf(Path file) {
    Path directory = file.getParent();
    if (directory != null && directory.getFileName() != null
        && directory.getFileName().toString().equals("workflows")
        && directory.getParent() != null && directory.getParent().getFileName() != null
        && directory.getParent().getFileName().toString().equals(".github")
        && directory.getParent().getParent() != null) {
      return directory.getParent().getParent();
    }
    for (Path d = directory; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git")) || Files.isDirectory(d.resolve(".github"))) {
        return d;
      }
    }
    return directory;
  }
}
