package dev.plumbline.core.model.github;

import dev.plumbline.core.source.NodePath;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/**
 * A step of a job, or of a composite action. Steps that are not mappings are not modelled (the
 * invalid-workflow rule reports them).
 */
public final class Step {

  private final YamlMapping node;
  private final int index;
  private final NodePath path;
  private final Job job;
  private final ActionMetadata action;
  private final Optional<String> inheritedShell;

  Step(YamlMapping node, int index, NodePath path, Job job, ActionMetadata action,
      Optional<String> inheritedShell) {
    this.node = node;
    this.index = index;
    this.path = path;
    this.job = job;
    this.action = action;
    this.inheritedShell = inheritedShell;
  }

  public YamlMapping node() {
    return node;
  }

  /** 0-based position in the job's {@code steps:}. */
  public int index() {
    return index;
  }

  public NodePath path() {
    return path;
  }

  /** The job this step belongs to; empty for a composite action's step. */
  public Optional<Job> job() {
    return Optional.ofNullable(job);
  }

  /** The composite action this step belongs to; empty for a workflow step. */
  public Optional<ActionMetadata> action() {
    return Optional.ofNullable(action);
  }

  public Optional<String> id() {
    return node.string("id");
  }

  public Optional<String> name() {
    return node.string("name");
  }

  /** A short label for messages: the name, the id, or "step N" (1-based). */
  public String label() {
    return name().or(this::id).orElse("step " + (index + 1));
  }

  public Optional<ActionRef> uses() {
    return node.scalar("uses").filter(s -> !s.isNull()).map(ActionRef::parse);
  }

  public Optional<RunScript> run() {
    return node.scalar("run").filter(s -> !s.isNull())
        .map(s -> new RunScript(s, shell().or(() -> inheritedShell)));
  }

  /** The step's own {@code shell:}. */
  public Optional<String> shell() {
    return node.string("shell");
  }

  /** The {@code with:} inputs. */
  public List<EnvVar> with() {
    return Entries.of(node, "with", path);
  }

  public Optional<YamlScalar> withInput(String name) {
    return node.mapping("with").flatMap(w -> w.scalar(name));
  }

  public List<EnvVar> env() {
    return Entries.of(node, "env", path);
  }

  /** Where to point for a finding about the whole step: its first key. */
  public Span anchorSpan() {
    return node.entries().isEmpty() ? node.span() : node.entries().get(0).keySpan();
  }
}
