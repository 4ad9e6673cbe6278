package dev.plumbline.core.model.gitlab;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job (or a hidden {@code .template}) as GitLab runs it: {@code !reference} tags, its
 * {@code extends} chain and the {@code default:} keywords it inherits resolved. Every value is
 * the node where it is written, so a finding on an inherited value points at the template.
 */
public final class Job {

  private final Pipeline pipeline;
  private final YamlMapping.Entry written;
  private final YamlMapping node;
  private Optional<Script> script;
  private Optional<Script> beforeScript;
  private Optional<Script> afterScript;
  private final Map<Script, JobScript.Written> scriptsWritten = new IdentityHashMap<>();

  Job(Pipeline pipeline, YamlMapping.Entry written, YamlMapping node) {
    this.pipeline = pipeline;
    this.written = written;
    this.node = node;
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public String name() {
    return written.keyText();
  }

  /** Where the job's name is written: the place for findings about the whole job. */
  public Span nameSpan() {
    return written.keySpan();
  }

  /** The job's name as written: report at it for findings about the whole job. */
  public YamlNode nameNode() {
    return written.key();
  }

  /** The file the job is written in (the including file, for a job written in two). */
  public SourceFile file() {
    return pipeline.fileOf(written.key());
  }

  /** A hidden job ({@code .name}): a template GitLab never runs. */
  public boolean hidden() {
    return name().startsWith(".");
  }

  /** The job's mapping as written, before {@code extends} and {@code default:}. */
  public YamlMapping writtenNode() {
    return written.value() instanceof YamlMapping m ? m : YamlMapping.assembled(nameSpan(), List.of());
  }

  /** The resolved job: every keyword it has, from itself, its templates or {@code default:}. */
  public YamlMapping node() {
    return node;
  }

  public Optional<YamlNode> get(String keyword) {
    return node.get(keyword).filter(v -> !v.isNull());
  }

  public Optional<YamlMapping.Entry> entry(String keyword) {
    return node.entry(keyword);
  }

  /** The templates the job names in {@code extends:}, as written. */
  public List<YamlScalar> extendsNames() {
    return Resolver.extendsNames(writtenNode());
  }

  /** The job's stage; GitLab's default is {@code test}. */
  public String stage() {
    return stageNode().map(YamlScalar::value).orElse("test");
  }

  public Optional<YamlScalar> stageNode() {
    return scalar("stage");
  }

  /** {@code image:}, a string or a mapping with {@code name:}. */
  public Optional<YamlNode> image() {
    return get("image");
  }

  /** The image's name: the string, or {@code name:} of the mapping. */
  public Optional<YamlScalar> imageName() {
    return image().flatMap(Job::nameOf);
  }

  /** {@code services:}: each a string or a mapping with {@code name:}. */
  public List<YamlNode> services() {
    return items("services");
  }

  /** The service's name: the string, or {@code name:} of the mapping. */
  public static Optional<YamlScalar> nameOf(YamlNode imageOrService) {
    if (imageOrService instanceof YamlScalar s) {
      return Optional.of(s).filter(v -> !v.isNull());
    }
    return imageOrService instanceof YamlMapping m
        ? m.scalar("name").filter(v -> !v.isNull()) : Optional.empty();
  }

  /** The job's own {@code variables:} (the ones it inherits are {@link #inheritedVariables}). */
  public Optional<YamlMapping> variables() {
    return get("variables").filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast);
  }

  /** The global variables this job inherits (all, unless {@code inherit:variables} says less). */
  public List<YamlMapping.Entry> inheritedVariables() {
    Optional<YamlMapping> global = pipeline.variables();
    if (global.isEmpty()) {
      return List.of();
    }
    return global.get().entries().stream()
        .filter(e -> Inheritance.inherits(node, "variables", e.keyText())).toList();
  }

  public Optional<Script> script() {
    if (script == null) {
      script = get("script").flatMap(this::written);
    }
    return script;
  }

  public Optional<Script> beforeScript() {
    if (beforeScript == null) {
      beforeScript = get("before_script").flatMap(this::written);
    }
    return beforeScript;
  }

  public Optional<Script> afterScript() {
    if (afterScript == null) {
      afterScript = get("after_script").flatMap(this::written);
    }
    return afterScript;
  }

  private Optional<Script> written(YamlNode value) {
    Optional<JobScript.Written> w = JobScript.of(value, image().isPresent(), pipeline::fileOf);
    w.ifPresent(x -> scriptsWritten.put(x.script(), x));
    return w.map(JobScript.Written::script);
  }

  /** The file one of this job's scripts is written in: every span of the script lies there. */
  public SourceFile fileOf(Script script) {
    return writtenOf(script).file();
  }

  /**
   * A node written in the file of one of this job's scripts (its first line): what a GitLab rule
   * passes to {@code ctx.report} with a span of the script ({@link Script#span}), so that the
   * finding goes into that file.
   */
  public YamlNode nodeOf(Script script) {
    return writtenOf(script).firstLine();
  }

  private JobScript.Written writtenOf(Script script) {
    JobScript.Written written = scriptsWritten.get(script);
    if (written == null) {
      throw new IllegalArgumentException("not a script of " + this);
    }
    return written;
  }

  /** The scripts the job runs, in order: before_script, script, after_script. */
  public List<Script> scripts() {
    return java.util.stream.Stream.of(beforeScript(), script(), afterScript())
        .flatMap(Optional::stream).toList();
  }

  public Optional<YamlSequence> rules() {
    return get("rules").filter(YamlSequence.class::isInstance).map(YamlSequence.class::cast);
  }

  public Optional<YamlNode> only() {
    return get("only");
  }

  public Optional<YamlNode> except() {
    return get("except");
  }

  /** {@code when:} of the job itself (rules may set their own). */
  public Optional<YamlScalar> when() {
    return scalar("when");
  }

  /** {@code allow_failure:}, a boolean or a mapping with {@code exit_codes:}. */
  public Optional<YamlNode> allowFailure() {
    return get("allow_failure");
  }

  /** Whether {@code allow_failure: true} (manual jobs' implicit default is not counted). */
  public boolean allowsFailure() {
    return scalar("allow_failure").flatMap(YamlScalar::asBoolean).orElse(false);
  }

  /** {@code needs:}: job names or mappings with {@code job:}. */
  public List<YamlNode> needs() {
    return items("needs");
  }

  /** The job names in {@code needs:} (strings and {@code job:} of mappings). */
  public List<YamlScalar> needsNames() {
    return needs().stream().map(n -> n instanceof YamlMapping m ? m.scalar("job")
        : Optional.of(n).filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast))
        .flatMap(Optional::stream).filter(s -> !s.isNull()).toList();
  }

  public List<YamlScalar> dependencies() {
    return items("dependencies").stream().filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast).filter(s -> !s.isNull()).toList();
  }

  /** {@code environment:}, a name or a mapping with {@code name:}, {@code action:}... */
  public Optional<YamlNode> environment() {
    return get("environment");
  }

  /** The environment's name: the string, or {@code name:} of the mapping. */
  public Optional<YamlScalar> environmentName() {
    return environment().flatMap(Job::nameOf);
  }

  public Optional<YamlMapping> artifacts() {
    return mapping("artifacts");
  }

  /** {@code cache:}, a mapping or a list of them. */
  public Optional<YamlNode> cache() {
    return get("cache");
  }

  public Optional<YamlScalar> resourceGroup() {
    return scalar("resource_group");
  }

  /** {@code trigger:}, a project path or a mapping ({@code include:}, {@code project:}). */
  public Optional<YamlNode> trigger() {
    return get("trigger");
  }

  public Optional<YamlScalar> scalar(String keyword) {
    return get(keyword).filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast);
  }

  public Optional<YamlMapping> mapping(String keyword) {
    return get(keyword).filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast);
  }

  private List<YamlNode> items(String keyword) {
    Optional<YamlNode> value = get(keyword);
    if (value.isEmpty()) {
      return List.of();
    }
    return value.get() instanceof YamlSequence seq ? seq.items() : List.of(value.get());
  }

  @Override
  public String toString() {
    return "job " + name();
  }
}
