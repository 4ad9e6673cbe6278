package dev.plumbline.core.model.gitlab;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * A GitLab CI pipeline file, resolved as GitLab resolves it: its global keywords and its jobs
 * (hidden templates included) with {@code !reference}, {@code extends} and {@code default:}
 * applied. Anchors, aliases and {@code <<} merge keys are applied by the YAML reader.
 */
public final class Pipeline {

  private final List<PipelineFile> files;
  private final YamlMapping root;
  private final YamlMapping resolvedRoot;
  private final Map<YamlNode, SourceFile> origins = new IdentityHashMap<>();
  private final List<GitLabProblem> problems = new ArrayList<>();
  private final List<YamlNode> includes = new ArrayList<>();
  private final boolean includesResolved;
  private final boolean child;
  private final List<Job> jobs = new ArrayList<>();

  /** A pipeline of one file; whatever it includes is not known. */
  public Pipeline(SourceFile file, YamlMapping root) {
    this(List.of(new PipelineFile(file, root)), List.of(), false);
  }

  /**
   * A pipeline written across files.
   *
   * @param files            in the order GitLab merges them: each included file before the file
   *                         that includes it, the main file last
   * @param includeProblems  local includes naming no file
   * @param includesResolved whether {@code files} hold everything the pipeline includes: no
   *                         remote, project, template or component include, no local one that
   *                         could not be read
   */
  public Pipeline(List<PipelineFile> files, List<GitLabProblem> includeProblems,
      boolean includesResolved) {
    this(files, includeProblems, includesResolved, false);
  }

  /**
   * A pipeline written across files, perhaps a child pipeline.
   *
   * @param child whether a job of another pipeline starts it ({@code trigger: include:})
   */
  public Pipeline(List<PipelineFile> files, List<GitLabProblem> includeProblems,
      boolean includesResolved, boolean child) {
    this.child = child;
    this.files = List.copyOf(files);
    this.includesResolved = includesResolved
        || files.stream().noneMatch(f -> f.root().has("include"));
    for (PipelineFile f : files) {
      Origins.record(f.root(), f.file(), origins);
    }
    this.root = mergeFiles(this.files, includes);
    problems.addAll(includeProblems);
    Resolver resolver = new Resolver(root, problems);
    List<YamlMapping.Entry> globals = new ArrayList<>();
    for (YamlMapping.Entry e : root.entries()) {
      if (Keywords.GLOBAL.contains(e.keyText())) {
        globals.add(new YamlMapping.Entry(e.key(), resolver.dereference(e.value(), 0),
            e.merged()));
      }
    }
    this.resolvedRoot = YamlMapping.assembled(root.span(), globals);
    Optional<YamlMapping> defaults = defaults();
    for (YamlMapping.Entry e : root.entries()) {
      String name = e.keyText();
      if (Keywords.GLOBAL.contains(name) || !(e.key() instanceof YamlScalar)) {
        continue;
      }
      Optional<YamlMapping> resolved = resolver.resolve(name);
      if (resolved.isPresent()) {
        jobs.add(new Job(this, e, withDefaults(resolved.get(), defaults)));
      }
    }
  }

  /** The job with the {@code default:} keywords it does not set and inherits. */
  private static YamlMapping withDefaults(YamlMapping job, Optional<YamlMapping> defaults) {
    if (defaults.isEmpty()) {
      return job;
    }
    List<YamlMapping.Entry> entries = new ArrayList<>(job.entries());
    for (String keyword : Keywords.DEFAULT) {
      if (!job.has(keyword) && Inheritance.inherits(job, "default", keyword)) {
        defaults.get().entry(keyword).ifPresent(entries::add);
      }
    }
    return YamlMapping.assembled(job.span(), entries);
  }

  /** The main file: the {@code .gitlab-ci.yml}, or the pipeline file linted on its own. */
  public SourceFile file() {
    return files.get(files.size() - 1).file();
  }

  /**
   * Whether a job of another pipeline starts this one ({@code trigger: include:}): a child
   * pipeline runs for its parent ({@code $CI_PIPELINE_SOURCE} is {@code parent_pipeline}), never
   * for a push or a merge request of its own.
   */
  public boolean isChild() {
    return child;
  }

  /** The files of the pipeline, in the order GitLab merges them; the main file last. */
  public List<PipelineFile> files() {
    return files;
  }

  /** The file where a node is written; the main file for nodes assembled while resolving. */
  public SourceFile fileOf(YamlNode node) {
    return origins.getOrDefault(node, file());
  }

  /**
   * The pipeline mapping as written: the files merged key by key (a job written in two files is
   * deep-merged, the including file winning), without {@code include:}.
   */
  public YamlMapping node() {
    return root;
  }

  /**
   * Whether every name the pipeline uses must be defined in its files: everything it includes
   * was read, and it is a {@code .gitlab-ci.yml} or declares its {@code stages:}. Other pipeline
   * files are usually fragments that a pipeline includes, using the includer's templates and
   * stages.
   */
  public boolean isComplete() {
    String path = file().path();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return includesResolved && (name.equals(".gitlab-ci.yml") || name.equals(".gitlab-ci.yaml")
        || stagesNode().isPresent());
  }

  /** Merges the files' mappings in order, collecting their {@code include:} entries. */
  private static YamlMapping mergeFiles(List<PipelineFile> files, List<YamlNode> includes) {
    if (files.size() == 1) {
      files.get(0).root().get("include").ifPresent(i -> addIncludes(i, includes));
      return files.get(0).root();
    }
    Map<String, YamlMapping.Entry> merged = new LinkedHashMap<>();
    for (PipelineFile f : files) {
      for (YamlMapping.Entry e : f.root().entries()) {
        if (e.keyText().equals("include")) {
          addIncludes(e.value(), includes);
          continue;
        }
        YamlMapping.Entry old = merged.get(e.keyText());
        if (old != null && old.value() instanceof YamlMapping a
            && e.value() instanceof YamlMapping b) {
          merged.put(e.keyText(), new YamlMapping.Entry(e.key(), Resolver.merge(a, b),
              e.merged()));
        } else {
          merged.put(e.keyText(), e);
        }
      }
    }
    PipelineFile main = files.get(files.size() - 1);
    return YamlMapping.assembled(main.root().span(), List.copyOf(merged.values()));
  }

  private static void addIncludes(YamlNode include, List<YamlNode> into) {
    if (include instanceof YamlSequence seq) {
      into.addAll(seq.items());
    } else if (!include.isNull()) {
      into.add(include);
    }
  }

  /** What GitLab would reject while resolving: unknown templates, cycles, bad references. */
  public List<GitLabProblem> problems() {
    return List.copyOf(problems);
  }

  /** Every job, hidden templates included, in the order written. */
  public List<Job> jobs() {
    return List.copyOf(jobs);
  }

  /** The jobs GitLab runs (not hidden). */
  public List<Job> visibleJobs() {
    return jobs.stream().filter(j -> !j.hidden()).toList();
  }

  public Optional<Job> job(String name) {
    return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
  }

  /** A global keyword, {@code !reference} tags resolved. */
  public Optional<YamlNode> get(String keyword) {
    return resolvedRoot.get(keyword).filter(v -> !v.isNull());
  }

  /**
   * {@code stages:} in order, or GitLab's default stages; {@code .pre} and {@code .post} are
   * always there.
   */
  public List<String> stages() {
    Optional<YamlSequence> written = stagesNode();
    if (written.isEmpty()) {
      return Keywords.DEFAULT_STAGES;
    }
    List<String> stages = new ArrayList<>();
    stages.add(".pre");
    flattenNames(written.get(), stages);
    stages.add(".post");
    return stages.stream().distinct().toList();
  }

  private static void flattenNames(YamlSequence seq, List<String> into) {
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlScalar s && !s.isNull()) {
        into.add(s.value());
      } else if (item instanceof YamlSequence nested) {
        flattenNames(nested, into); // an aliased list of stages
      }
    }
  }

  public Optional<YamlSequence> stagesNode() {
    return get("stages").filter(YamlSequence.class::isInstance).map(YamlSequence.class::cast);
  }

  /**
   * {@code default:}, with the deprecated top-level {@code image}, {@code services},
   * {@code before_script}, {@code after_script} and {@code cache} folded in where
   * {@code default:} does not set them.
   */
  public Optional<YamlMapping> defaults() {
    List<YamlMapping.Entry> entries = new ArrayList<>();
    Optional<YamlMapping> written = get("default").filter(YamlMapping.class::isInstance)
        .map(YamlMapping.class::cast);
    written.ifPresent(d -> entries.addAll(d.entries()));
    for (String keyword : List.of("image", "services", "before_script", "after_script", "cache")) {
      if (written.map(d -> !d.has(keyword)).orElse(true)) {
        resolvedRoot.entry(keyword).filter(e -> !e.value().isNull()).ifPresent(entries::add);
      }
    }
    if (entries.isEmpty() && written.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(YamlMapping.assembled(written.map(YamlMapping::span).orElse(root.span()),
        entries));
  }

  /** Global {@code variables:}. */
  public Optional<YamlMapping> variables() {
    return get("variables").filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast);
  }

  /** {@code workflow:rules}. */
  public Optional<YamlSequence> workflowRules() {
    return get("workflow").filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast)
        .flatMap(w -> w.sequence("rules"));
  }

  /**
   * The entries of every file's {@code include:}, as written: strings (short form) or mappings
   * ({@code local:}, {@code project:}, {@code remote:}, {@code template:}, {@code component:}).
   */
  public List<YamlNode> includes() {
    return List.copyOf(includes);
  }
}
