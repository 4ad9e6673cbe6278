package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The spec of a pod or pod template: containers, volumes, host namespaces, pod security. */
public final class PodSpec {

  private final PodTemplate template;
  private final YamlMapping node;
  private List<Container> containers;

  PodSpec(PodTemplate template, YamlMapping node) {
    this.template = template;
    this.node = node;
  }

  public PodTemplate template() {
    return template;
  }

  public KubeObject owner() {
    return template.owner();
  }

  public YamlMapping node() {
    return node;
  }

  public Span span() {
    return node.span();
  }

  /**
   * Every container: {@code initContainers}, then {@code containers}, then
   * {@code ephemeralContainers}, each in file order; {@link Container#kind()} tells which.
   */
  public List<Container> containers() {
    if (containers == null) {
      List<Container> all = new ArrayList<>();
      for (Container.Kind kind : Container.Kind.values()) {
        for (YamlMapping c : Nodes.mappings(node, kind.field())) {
          all.add(new Container(this, kind, c));
        }
      }
      containers = List.copyOf(all);
    }
    return containers;
  }

  /** The pod-level {@code securityContext}, when it is a mapping. */
  public Optional<YamlMapping> securityContext() {
    return node.mapping("securityContext");
  }

  /** A boolean pod field such as {@code hostNetwork}, with its scalar. */
  public Optional<YamlScalar> flag(String field) {
    return node.scalar(field).filter(s -> s.asBoolean().isPresent());
  }

  public Optional<Boolean> automountServiceAccountToken() {
    return Nodes.bool(node, "automountServiceAccountToken");
  }

  /** {@code serviceAccountName} (or the deprecated {@code serviceAccount}). */
  public Optional<String> serviceAccountName() {
    return node.string("serviceAccountName").or(() -> node.string("serviceAccount"));
  }

  /**
   * Whether the pod runs on Windows nodes: {@code os.name: windows}, or a node selector on
   * {@code kubernetes.io/os: windows}. Linux-only security settings (seccomp, capabilities,
   * {@code allowPrivilegeEscalation}, {@code readOnlyRootFilesystem}) do not apply to it.
   */
  public boolean isWindows() {
    return Nodes.mapping(node, "os").flatMap(os -> os.string("name"))
        .or(() -> node.mapping("nodeSelector").flatMap(s -> s.string("kubernetes.io/os")
            .or(() -> s.string("beta.kubernetes.io/os"))))
        .filter(os -> os.equals("windows")).isPresent();
  }

  public List<Volume> volumes() {
    return Nodes.mappings(node, "volumes").stream().map(Volume::new).toList();
  }

  /**
   * Pod-level {@code resources} (Kubernetes 1.32+): requests and limits for the whole pod, which
   * containers without their own share.
   */
  public Resources resources() {
    return new Resources(node.mapping("resources"));
  }

  /** {@code restartPolicy} as written; Kubernetes' default is {@code Always}. */
  public Optional<String> restartPolicy() {
    return node.string("restartPolicy");
  }

  /**
   * Whether the pods are meant to run until stopped, so that health probes matter: those of
   * Deployments, StatefulSets, DaemonSets, ReplicaSets and ReplicationControllers, and bare Pods
   * that restart {@code Always} (the default). Jobs, CronJobs and run-to-completion Pods
   * ({@code Never}, {@code OnFailure}) are not.
   */
  public boolean isLongRunning() {
    return switch (owner().kindName()) {
      case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController" -> true;
      case "Pod" -> restartPolicy().map("Always"::equals).orElse(true);
      default -> false;
    };
  }
}
