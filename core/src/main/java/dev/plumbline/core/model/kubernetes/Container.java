package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/** A container of a pod spec: regular, init or ephemeral. */
public final class Container {

  /** Which list of the pod spec a container is in. */
  public enum Kind {
    INIT("initContainers"),
    REGULAR("containers"),
    EPHEMERAL("ephemeralContainers");

    private final String field;

    Kind(String field) {
      this.field = field;
    }

    /** The pod spec field that lists containers of this kind. */
    public String field() {
      return field;
    }
  }

  private final PodSpec pod;
  private final Kind kind;
  private final YamlMapping node;
  private SecurityContext securityContext;

  Container(PodSpec pod, Kind kind, YamlMapping node) {
    this.pod = pod;
    this.kind = kind;
    this.node = node;
  }

  public PodSpec pod() {
    return pod;
  }

  public Kind kind() {
    return kind;
  }

  public YamlMapping node() {
    return node;
  }

  public Optional<String> name() {
    return node.string("name");
  }

  /** The name for messages: {@code container 'web'}, {@code init container 'migrate'}. */
  public String label() {
    String what = switch (kind) {
      case INIT -> "init container";
      case REGULAR -> "container";
      case EPHEMERAL -> "ephemeral container";
    };
    return what + name().map(n -> " '" + n + "'").orElse("");
  }

  /**
   * The {@code name:} entry: where findings about a field the container lacks point. The
   * container's start when it has no name.
   */
  public Span nameSpan() {
    return node.entry("name").map(YamlMapping.Entry::span).orElse(Span.at(node.span().start()));
  }

  public Optional<YamlScalar> image() {
    return Nodes.scalar(node, "image");
  }

  public Optional<YamlScalar> imagePullPolicy() {
    return Nodes.scalar(node, "imagePullPolicy");
  }

  /** The container's security settings with the pod's defaults applied, computed once. */
  public SecurityContext securityContext() {
    if (securityContext == null) {
      securityContext = new SecurityContext(pod.securityContext(), node.mapping("securityContext"));
    }
    return securityContext;
  }

  public Resources resources() {
    return new Resources(node.mapping("resources"));
  }

  public Optional<Probe> livenessProbe() {
    return probe("livenessProbe");
  }

  public Optional<Probe> readinessProbe() {
    return probe("readinessProbe");
  }

  public Optional<Probe> startupProbe() {
    return probe("startupProbe");
  }

  private Optional<Probe> probe(String field) {
    return node.entry(field).filter(e -> e.value() instanceof YamlMapping)
        .map(e -> new Probe(e, (YamlMapping) e.value()));
  }

  public List<ContainerPort> ports() {
    return Nodes.mappings(node, "ports").stream().map(ContainerPort::new).toList();
  }

  public List<VolumeMount> volumeMounts() {
    return Nodes.mappings(node, "volumeMounts").stream().map(VolumeMount::new).toList();
  }

  public List<EnvVar> env() {
    return Nodes.mappings(node, "env").stream().map(EnvVar::new).toList();
  }

  @Override
  public String toString() {
    return label();
  }
}
