package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pod template: the metadata and spec that pods are made from. For a Pod, the Pod itself. Its
 * {@link #span()} is the region a {@code plumbline.dev/ignore} annotation in its metadata covers.
 */
public final class PodTemplate {

  /** Kinds whose {@code spec.template} is a pod template. */
  private static final Set<String> TEMPLATED = Set.of("Deployment", "StatefulSet", "DaemonSet",
      "ReplicaSet", "ReplicationController", "Job");

  private final KubeObject owner;
  private final YamlMapping node;
  private final PodSpec spec;

  private PodTemplate(KubeObject owner, YamlMapping node, YamlMapping spec) {
    this.owner = owner;
    this.node = node;
    this.spec = new PodSpec(this, spec);
  }

  static Optional<PodTemplate> of(KubeObject object) {
    Optional<YamlMapping> template = switch (object.kindName()) {
      case "Pod" -> Optional.of(object.node());
      case "PodTemplate" -> object.node().mapping("template");
      case "CronJob" -> Nodes.mapping(object.node(), "spec", "jobTemplate", "spec", "template");
      default -> TEMPLATED.contains(object.kindName())
          ? Nodes.mapping(object.node(), "spec", "template") : Optional.empty();
    };
    return template.flatMap(t -> t.mapping("spec").map(s -> new PodTemplate(object, t, s)));
  }

  /** The object that holds the template. */
  public KubeObject owner() {
    return owner;
  }

  /** The template mapping (for a Pod, the Pod object). */
  public YamlMapping node() {
    return node;
  }

  public Span span() {
    return node.span();
  }

  /** Whether this template is the Pod object itself rather than a template inside an object. */
  public boolean isPod() {
    return node == owner.node();
  }

  public Optional<YamlMapping> metadata() {
    return node.mapping("metadata");
  }

  /** The labels of the pods made from the template; selectors are matched against these. */
  public Map<String, String> labels() {
    return Nodes.stringMap(metadata().flatMap(m -> m.mapping("labels")));
  }

  public Map<String, String> annotations() {
    return Nodes.stringMap(metadata().flatMap(m -> m.mapping("annotations")));
  }

  public PodSpec spec() {
    return spec;
  }
}
