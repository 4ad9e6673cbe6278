package dev.plumbline.core.model.gitlab;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A GitLab CI pipeline file, resolved as GitLab resolves it: its global keywords and its jobs
 * (hidden templates included) with {@code !reference}, {@code extends} and {@code default:}
 * applied. Anchors, aliases and {@code <<} merge keys are applied by the YAML reader.
 */
public final class Pipeline {

  private final SourceFile file;
  private final YamlMapping root;
  private final YamlMapping resolvedRoot;
  private final List<GitLabProblem> problems = new ArrayList<>();
  private final List<Job> jobs = new ArrayList<>();

  /** @param root the pipeline's mapping, as the YAML reader gives it */
  public Pipeline(SourceFile file, YamlMapping root) {
    this.file = file;
    this.root = root;
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
      } else if (!name.startsWith(".")) {
        problems.add(new GitLabProblem(e.keySpan(), "'" + name + "' is neither a global "
            + "keyword nor a job: a job must be a mapping, not " + e.value().kindName(), false));
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

  public SourceFile file() {
    return file;
  }

  /** The pipeline mapping as written. */
  public YamlMapping node() {
    return root;
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

  /** The entries of {@code include:}: strings (short form) or mappings ({@code local:}...). */
  public List<YamlNode> includes() {
    Optional<YamlNode> include = get("include");
    if (include.isEmpty()) {
      return List.of();
    }
    return include.get() instanceof YamlSequence seq ? seq.items() : List.of(include.get());
  }
}
