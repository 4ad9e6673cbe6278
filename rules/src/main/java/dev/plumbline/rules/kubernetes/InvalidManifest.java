package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.PodSpec;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectView;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Manifests the API server would reject. YAML syntax errors, duplicate keys and documents that
 * are not objects are reported under this rule by the engine; this class checks the fields every
 * object needs and the types of well-known fields.
 */
@Rule(id = "K8S000", name = "invalid-manifest", platform = Platform.KUBERNETES,
    severity = Severity.ERROR, tags = {"correctness"},
    summary = "Manifest that Kubernetes would reject or misread")
public final class InvalidManifest implements KubernetesRule {

  private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy",
      "autoscaling", "extensions");
  private static final List<String> KUSTOMIZATION_FILES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  @Override
  public void visitObject(KubeObject object, RuleContext ctx) {
    YamlMapping node = object.node();
    requireString(node, "apiVersion", object, ctx, "add e.g. 'apiVersion: apps/v1'");
    requireString(node, "kind", object, ctx, "add e.g. 'kind: Deployment'");
    Optional<YamlNode> metadata = node.get("metadata");
    if (metadata.isEmpty() || metadata.get().isNull()) {
      // tool configuration (kind, kubeadm, clusterctl) borrows apiVersion/kind without metadata
      if (isBuiltIn(object)) {
        ctx.report(object.kindSpan(), object.label() + " has no metadata",
            "add 'metadata:' with a 'name:'");
      }
      return;
    }
    if (!(metadata.get() instanceof YamlMapping meta)) {
      ctx.report(at(node, "metadata"), "'metadata' must be a mapping, not "
          + metadata.get().kindName());
      return;
    }
    if (meta.string("name").isEmpty() && meta.string("generateName").isEmpty()) {
      ctx.report(node.entry("metadata").orElseThrow().keySpan(), object.label()
          + " has no metadata.name", "add 'name:' under 'metadata:'");
    }
    meta.get("namespace").filter(n -> !(n instanceof YamlScalar))
        .ifPresent(n -> ctx.report(n.span(), "'metadata.namespace' must be a string, not "
            + n.kindName()));
    stringMap(meta, "labels", ctx);
    stringMap(meta, "annotations", ctx);
    object.spec().flatMap(s -> s.scalar("replicas")).filter(s -> !s.isNull()
        && s.asLong().isEmpty() && !isPlaceholder(s)).ifPresent(s -> ctx.report(s.span(),
            "'spec.replicas' must be an integer, not '" + s.value() + "'"));
  }

  @Override
  public void visitPodSpec(PodSpec pod, RuleContext ctx) {
    YamlMapping node = pod.node();
    for (Container.Kind kind : Container.Kind.values()) {
      sequenceOfMappings(node, kind.field(), "a container", ctx);
    }
    if (node.get("containers").filter(c -> !c.isNull()).isEmpty() && !mayBePatch(ctx)) {
      ctx.report(pod.template().node().entry("spec").map(YamlMapping.Entry::keySpan)
          .orElse(pod.span()), "the pod spec of " + pod.owner().label() + " has no containers",
          "add 'containers:' with at least one container");
    }
    sequenceOfMappings(node, "volumes", "a volume", ctx);
  }

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    YamlMapping node = container.node();
    if (container.name().isEmpty()) {
      ctx.report(container.nameSpan(), "a container of " + container.pod().owner().label()
          + " has no name", "add 'name:' to the container");
    }
    // a missing image is not reported: Kustomize patches name a container only to change it,
    // and they are often far from their kustomization.yaml
    if (sequenceOfMappings(node, "ports", "a port", ctx)) {
      for (YamlMapping port : mappings(node, "ports")) {
        integer(port, "containerPort", ctx);
        integer(port, "hostPort", ctx);
        if (port.get("containerPort").filter(p -> !p.isNull()).isEmpty()) {
          ctx.report(port.span(), "a port of " + container.label() + " has no containerPort");
        }
      }
    }
    if (sequenceOfMappings(node, "env", "an environment variable", ctx)) {
      for (YamlMapping env : mappings(node, "env")) {
        if (env.string("name").isEmpty()) {
          ctx.report(env.span(), "an environment variable of " + container.label()
              + " has no name");
        }
        env.get("value").filter(v -> !(v instanceof YamlScalar s && (s.isNull()
            || s.type() == YamlScalar.Type.STRING))).ifPresent(v -> ctx.report(v.span(),
                "an environment variable's value must be a string, not " + v.kindName(),
                "quote it"));
      }
    }
    for (String field : List.of("resources", "securityContext", "livenessProbe",
        "readinessProbe", "startupProbe")) {
      node.get(field).filter(v -> !v.isNull() && !(v instanceof YamlMapping)).ifPresent(v ->
          ctx.report(at(node, field), "'" + field + "' must be a mapping, not " + v.kindName()));
    }
    for (String field : List.of("command", "args")) {
      node.get(field).filter(v -> !v.isNull() && !(v instanceof YamlSequence)).ifPresent(v ->
          ctx.report(at(node, field),
              "'" + field + "' must be a list of strings, not " + v.kindName(),
              "write e.g. " + field + ": [\"...\"]"));
    }
  }

  /**
   * Whether the object belongs to a built-in API group, where metadata is required. Tools borrow
   * apiVersion and kind for their own configuration files (kind's Cluster, kubeadm, clusterctl's
   * Metadata), which have none.
   */
  private static boolean isBuiltIn(KubeObject object) {
    String apiVersion = object.apiVersion().orElse("");
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    return BUILT_IN_GROUPS.contains(group) || group.endsWith(".k8s.io")
        && !group.equals("kubeadm.k8s.io") && !group.startsWith("kubelet.")
        && !group.endsWith(".x-k8s.io");
  }

  /**
   * Whether the file is in a Kustomize directory, where objects are often patches that name
   * only what they change; the fields every container needs are then not required.
   */
  private static boolean mayBePatch(RuleContext ctx) {
    return KUSTOMIZATION_FILES.stream()
        .anyMatch(f -> ctx.project().sibling(f) == ProjectView.Presence.PRESENT);
  }

  /** An envsubst or clusterctl variable ({@code ${REPLICAS}}) that is replaced before apply. */
  private static boolean isPlaceholder(YamlScalar scalar) {
    return scalar.value().contains("${");
  }

  private static void requireString(YamlMapping node, String key, KubeObject object,
      RuleContext ctx, String hint) {
    Optional<YamlNode> value = node.get(key);
    if (value.isEmpty() || value.get().isNull()) {
      ctx.report(object.kindSpan(), "object has no " + key, hint);
    } else if (!(value.get() instanceof YamlScalar s) || s.type() != YamlScalar.Type.STRING) {
      ctx.report(value.get().span(), "'" + key + "' must be a string, not "
          + value.get().kindName());
    }
  }

  /** Labels and annotations map strings to strings; YAML numbers and booleans must be quoted. */
  private static void stringMap(YamlMapping metadata, String field, RuleContext ctx) {
    Optional<YamlNode> value = metadata.get(field);
    if (value.isEmpty() || value.get().isNull()) {
      return;
    }
    if (!(value.get() instanceof YamlMapping map)) {
      ctx.report(at(metadata, field), "'metadata." + field + "' must be a mapping, not "
          + value.get().kindName());
      return;
    }
    for (YamlMapping.Entry e : map.entries()) {
      if (!(e.value() instanceof YamlScalar s) || s.type() != YamlScalar.Type.STRING
          && !s.isNull()) {
        ctx.report(e.value().span(), "the value of " + field.substring(0, field.length() - 1)
            + " '" + e.keyText() + "' must be a string, not " + e.value().kindName(),
            "quote it");
      }
    }
  }

  /** Reports a field that is not a list of mappings; true when it is one (or absent). */
  private static boolean sequenceOfMappings(YamlMapping owner, String field, String what,
      RuleContext ctx) {
    Optional<YamlNode> value = owner.get(field);
    if (value.isEmpty() || value.get().isNull()) {
      return true;
    }
    if (!(value.get() instanceof YamlSequence seq)) {
      ctx.report(at(owner, field), "'" + field + "' must be a list, not "
          + value.get().kindName());
      return false;
    }
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlMapping)) {
        ctx.report(item.span(), "an item of '" + field + "' must be " + what
            + " (a mapping), not " + item.kindName());
      }
    }
    return true;
  }

  /**
   * Where a wrong value is reported: a scalar itself; for a collection the key, since a block
   * collection starts on the line after it.
   */
  private static Span at(YamlMapping owner, String field) {
    YamlMapping.Entry e = owner.entry(field).orElseThrow();
    return e.value() instanceof YamlScalar ? e.value().span() : e.keySpan();
  }

  private static List<YamlMapping> mappings(YamlMapping owner, String field) {
    return owner.sequence(field).map(s -> s.items().stream()
        .filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast).toList())
        .orElse(List.of());
  }

  private static void integer(YamlMapping owner, String field, RuleContext ctx) {
    owner.get(field).filter(v -> !v.isNull() && !(v instanceof YamlScalar s
        && (s.asLong().isPresent() || isPlaceholder(s)))).ifPresent(v -> ctx.report(v.span(),
            "'" + field + "' must be an integer, not " + describe(v), "write the number unquoted"));
  }

  private static String describe(YamlNode node) {
    return node instanceof YamlScalar s ? "'" + s.value() + "'" : node.kindName();
  }
}
