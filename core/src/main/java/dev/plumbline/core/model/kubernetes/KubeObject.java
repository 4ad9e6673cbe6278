package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One Kubernetes object: a manifest document, or an item of a {@code List} kind. The kind-specific
 * parts are read by the views this class hands out ({@link #podTemplate()}, {@link #asService()}...),
 * each of which is empty for the kinds it does not apply to.
 */
public final class KubeObject {

  /** Kinds that live outside any namespace; every other kind is namespaced. */
  private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node",
      "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "StorageClass",
      "CustomResourceDefinition", "PriorityClass", "MutatingWebhookConfiguration",
      "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy",
      "ValidatingAdmissionPolicyBinding", "APIService", "CSIDriver", "CSINode", "IngressClass",
      "RuntimeClass", "PodSecurityPolicy", "VolumeAttachment", "VolumeSnapshotClass",
      "ClusterIssuer", "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration");

  private final YamlMapping node;
  private final String path;

  /**
   * @param node the object's mapping
   * @param path the display path of the file that holds it
   */
  public KubeObject(YamlMapping node, String path) {
    this.node = node;
    this.path = path;
  }

  public YamlMapping node() {
    return node;
  }

  /** The display path of the file the object is written in. */
  public String path() {
    return path;
  }

  /** Where the whole object is written: the region its annotation suppressions cover. */
  public Span span() {
    return node.span();
  }

  public Optional<String> apiVersion() {
    return node.string("apiVersion");
  }

  /** The kind, such as {@code Deployment}; empty when missing (K8S000). */
  public Optional<String> kind() {
    return node.string("kind");
  }

  /** The kind or "" when it is missing, for comparisons. */
  public String kindName() {
    return kind().orElse("");
  }

  /**
   * The {@code kind:} entry: where findings about the whole object point (for a missing field
   * of the object, say). The object's start when {@code kind} is missing.
   */
  public Span kindSpan() {
    return node.entry("kind").map(YamlMapping.Entry::span).orElse(Span.at(node.span().start()));
  }

  public Optional<YamlMapping> metadata() {
    return node.mapping("metadata");
  }

  /** {@code metadata.name}, or {@code metadata.generateName} when only that is set. */
  public Optional<String> name() {
    return metadata().flatMap(m -> m.string("name").or(() -> m.string("generateName")));
  }

  /** The name for messages: {@code Deployment/web}, or just the kind. */
  public String label() {
    return kindName() + name().map(n -> "/" + n).orElse("");
  }

  /** {@code metadata.namespace} as written. */
  public Optional<YamlScalar> namespaceScalar() {
    return metadata().flatMap(m -> m.scalar("namespace")).filter(s -> !s.isNull());
  }

  /**
   * The namespace the object is applied to: {@code metadata.namespace} when written; otherwise
   * {@code "default"} for namespaced kinds (what {@code kubectl apply} uses without
   * {@code --namespace}) and {@code ""} for cluster-scoped kinds. Cross-object rules compare
   * objects by this value.
   */
  public String namespace() {
    return namespaceScalar().map(YamlScalar::value)
        .orElse(isClusterScoped() ? "" : "default");
  }

  public boolean isClusterScoped() {
    return CLUSTER_SCOPED.contains(kindName());
  }

  public Map<String, String> labels() {
    return Nodes.stringMap(metadata().flatMap(m -> m.mapping("labels")));
  }

  public Map<String, String> annotations() {
    return Nodes.stringMap(metadata().flatMap(m -> m.mapping("annotations")));
  }

  /** {@code spec}, when it is a mapping. */
  public Optional<YamlMapping> spec() {
    return node.mapping("spec");
  }

  /**
   * The pod template of a workload: the Pod itself, {@code spec.template} of Deployment,
   * StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, the
   * {@code spec.jobTemplate.spec.template} of a CronJob, {@code template} of a PodTemplate.
   */
  public Optional<PodTemplate> podTemplate() {
    return PodTemplate.of(this);
  }

  /** {@code spec.replicas} of a scalable workload, when written as an integer. */
  public Optional<Long> replicas() {
    return spec().flatMap(s -> s.scalar("replicas")).flatMap(s -> {
      var v = s.asLong();
      return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
    });
  }

  /** The workload selector ({@code spec.selector}) of Deployment, StatefulSet, ReplicaSet... */
  public Optional<LabelSelector> selector() {
    if (kindName().equals("Service") || kindName().equals("ReplicationController")) {
      return spec().flatMap(s -> s.mapping("selector")).map(LabelSelector::ofMap);
    }
    return spec().flatMap(s -> s.mapping("selector")).map(LabelSelector::of);
  }

  /** The Service view, for a {@code Service}. */
  public Optional<Service> asService() {
    return isKind("Service") ? Optional.of(new Service(this)) : Optional.empty();
  }

  public Optional<PodDisruptionBudget> asPodDisruptionBudget() {
    return isKind("PodDisruptionBudget") ? Optional.of(new PodDisruptionBudget(this))
        : Optional.empty();
  }

  public Optional<HorizontalPodAutoscaler> asHorizontalPodAutoscaler() {
    return isKind("HorizontalPodAutoscaler") ? Optional.of(new HorizontalPodAutoscaler(this))
        : Optional.empty();
  }

  public Optional<NetworkPolicy> asNetworkPolicy() {
    return isKind("NetworkPolicy") ? Optional.of(new NetworkPolicy(this)) : Optional.empty();
  }

  /** The binding view, for a {@code RoleBinding} or {@code ClusterRoleBinding}. */
  public Optional<RoleBinding> asRoleBinding() {
    return isKind("RoleBinding", "ClusterRoleBinding") ? Optional.of(new RoleBinding(this))
        : Optional.empty();
  }

  /** The rules of a {@code Role} or {@code ClusterRole}; empty for other kinds. */
  public List<PolicyRule> policyRules() {
    return PolicyRule.of(this);
  }

  public Optional<Secret> asSecret() {
    return isKind("Secret") ? Optional.of(new Secret(this)) : Optional.empty();
  }

  public Optional<Ingress> asIngress() {
    return isKind("Ingress") ? Optional.of(new Ingress(this)) : Optional.empty();
  }

  /** {@code spec.strategy} of a Deployment (or {@code updateStrategy} of others), if any. */
  public Optional<YamlMapping> strategy() {
    return spec().flatMap(s -> s.mapping("strategy").or(() -> s.mapping("updateStrategy")));
  }

  public boolean isKind(String... kinds) {
    for (String k : kinds) {
      if (k.equals(kindName())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return label() + " in " + path;
  }
}
