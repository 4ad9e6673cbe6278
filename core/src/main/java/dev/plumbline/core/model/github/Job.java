package dev.plumbline.core.model.github;

import dev.plumbline.core.source.NodePath;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlSequence;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job of a workflow: either a normal job with {@code steps:}, or a call of a reusable
 * workflow with {@code uses:}.
 */
public final class Job {

  private final Workflow workflow;
  private final YamlMapping.Entry entry;
  private final YamlMapping node;
  private final NodePath path;
  private List<Step> steps;

  Job(Workflow workflow, YamlMapping.Entry entry, YamlMapping node) {
    this.workflow = workflow;
    this.entry = entry;
    this.node = node;
    this.path = NodePath.of("jobs", entry.keyText());
  }

  public Workflow workflow() {
    return workflow;
  }

  public String id() {
    return entry.keyText();
  }

  /** The job id key: where findings about the whole job point. */
  public Span idSpan() {
    return entry.keySpan();
  }

  public YamlMapping node() {
    return node;
  }

  public NodePath path() {
    return path;
  }

  public Optional<String> name() {
    return node.string("name");
  }

  /** The job ids of {@code needs:} (a string or a list), as written. */
  public List<YamlScalar> needs() {
    Optional<YamlNode> needs = node.get("needs");
    if (needs.isEmpty()) {
      return List.of();
    }
    if (needs.get() instanceof YamlScalar s) {
      return s.isNull() ? List.of() : List.of(s);
    }
    List<YamlScalar> ids = new ArrayList<>();
    if (needs.get() instanceof YamlSequence seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlScalar s && !s.isNull()) {
          ids.add(s);
        }
      }
    }
    return ids;
  }

  /** Whether this job calls a reusable workflow instead of running steps. */
  public boolean isReusableWorkflowCall() {
    return node.has("uses");
  }

  /** The reusable workflow this job calls. */
  public Optional<ActionRef> uses() {
    return node.scalar("uses").filter(s -> !s.isNull()).map(ActionRef::parse);
  }

  public Optional<Permissions> permissions() {
    return node.entry("permissions").map(e -> new Permissions(e.value(), e.keySpan()));
  }

  public Optional<YamlNode> runsOn() {
    return node.get("runs-on");
  }

  public List<EnvVar> env() {
    return Entries.of(node, "env", path);
  }

  /** The {@code with:} inputs of a reusable workflow call. */
  public List<EnvVar> with() {
    return Entries.of(node, "with", path);
  }

  public Optional<YamlNode> container() {
    return node.get("container");
  }

  /** Service containers by name. */
  public Map<String, YamlNode> services() {
    Map<String, YamlNode> services = new LinkedHashMap<>();
    node.mapping("services").ifPresent(m -> m.entries().forEach(e -> services.put(e.keyText(), e.value())));
    return services;
  }

  /** The steps that are mappings, in order. */
  public List<Step> steps() {
    if (steps == null) {
      List<Step> list = new ArrayList<>();
      Optional<String> shell = defaultShell(node).or(() -> defaultShell(workflow.root()));
      node.sequence("steps").ifPresent(seq -> {
        for (int i = 0; i < seq.size(); i++) {
          if (seq.items().get(i) instanceof YamlMapping m) {
            list.add(new Step(m, i, path.key("steps").index(i), this, null, shell));
          }
        }
      });
      steps = List.copyOf(list);
    }
    return steps;
  }

  static Optional<String> defaultShell(YamlMapping owner) {
    return owner.mapping("defaults").flatMap(d -> d.mapping("run")).flatMap(r -> r.string("shell"));
  }

  @Override
  public String toString() {
    return "job " + id();
  }
}
