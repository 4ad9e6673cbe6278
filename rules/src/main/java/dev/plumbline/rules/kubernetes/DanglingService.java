package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.KubernetesProject;
import dev.plumbline.core.model.kubernetes.LabelSelector;
import dev.plumbline.core.model.kubernetes.PodTemplate;
import dev.plumbline.core.model.kubernetes.Service;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectContext;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Services whose selector matches the pods of no workload in their namespace: they route to no
 * endpoint. Judged only where the scanned files hold workloads of that namespace, since otherwise
 * the pods are most likely defined elsewhere. Services without a selector (ExternalName, manual
 * Endpoints) are never reported, nor those that may select the pods an operator creates for a
 * custom resource of their namespace.
 */
@Rule(id = "K8S026", name = "dangling-service", platform = Platform.KUBERNETES,
    severity = Severity.WARNING, tags = {"correctness"},
    summary = "Service whose selector matches no pod template")
public final class DanglingService implements KubernetesRule {

  /**
   * Labels that controllers put on the pods they create, never written in the template; a
   * selector that uses one (a Service for one StatefulSet pod, say) still matches those pods.
   */
  private static final Map<String, Set<String>> CONTROLLER_LABELS = Map.of(
      "Deployment", Set.of("pod-template-hash"),
      "StatefulSet", Set.of("statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index",
          "controller-revision-hash"),
      "DaemonSet", Set.of("controller-revision-hash", "pod-template-generation"),
      "ReplicaSet", Set.of("pod-template-hash"),
      "Job", Set.of("job-name", "controller-uid", "batch.kubernetes.io/job-name",
          "batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-completion-index"),
      "CronJob", Set.of("job-name", "controller-uid", "batch.kubernetes.io/job-name",
          "batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-completion-index"));

  /**
   * Fields of a custom resource's {@code spec} that configure pods: an operator creates pods for
   * such a resource (a Prometheus, an Argo Rollout).
   */
  private static final List<String> POD_FIELDS = List.of("template", "podTemplate",
      "podMetadata", "replicas", "image", "resources", "serviceAccountName", "nodeSelector",
      "securityContext");

  @Override
  public void visitProject(KubernetesProject project, ProjectContext ctx) {
    List<PodTemplate> templates = project.podTemplates().stream()
        .filter(t -> !t.owner().isKind("PodTemplate")).toList();
    List<KubeObject> operated = project.objects().stream()
        .filter(DanglingService::isOperatorWorkload).toList();
    for (KubeObject object : project.ofKind("Service")) {
      Service service = object.asService().orElseThrow();
      Optional<LabelSelector> selector = service.selector();
      if (selector.isEmpty() || isPlaceholder(selector.get())) {
        continue;
      }
      String namespace = object.namespace();
      List<PodTemplate> sameNamespace = templates.stream()
          .filter(t -> t.owner().namespace().equals(namespace)).toList();
      if (sameNamespace.isEmpty()
          || sameNamespace.stream().anyMatch(t -> selects(selector.get(), t))
          || operated.stream().anyMatch(o -> o.namespace().equals(namespace)
              && mayOwnPods(o, selector.get()))) {
        continue;
      }
      ctx.report(object.path(), selectorSpan(object, selector.get()), object.label()
          + " selects pods labelled " + WorkloadSelectors.text(selector.get().matchLabels())
          + ", but no pod template in namespace '" + object.namespace()
          + "' has these labels, so the Service has no endpoints",
          hint(selector.get(), sameNamespace));
    }
  }

  /** How to fix, naming the template that shares the most selector labels, if one is close. */
  private static String hint(LabelSelector selector, List<PodTemplate> candidates) {
    String fix = "make 'spec.selector' match the pod labels (spec.template.metadata.labels) "
        + "of the workload the Service is for, or fix those labels";
    PodTemplate closest = null;
    // a candidate must share at least half of the selector's labels to be worth naming
    long best = (selector.matchLabels().size() + 1) / 2 - 1;
    for (PodTemplate t : candidates) {
      long shared = selector.matchLabels().entrySet().stream()
          .filter(e -> e.getValue().equals(t.labels().get(e.getKey()))).count();
      if (shared > best) {
        best = shared;
        closest = t;
      }
    }
    return closest == null ? fix : fix + "; the pods of " + closest.owner().label()
        + " are labelled " + WorkloadSelectors.text(closest.labels());
  }

  /** Whether the Service selects the template's pods, with the labels their controller adds. */
  private static boolean selects(LabelSelector selector, PodTemplate template) {
    Set<String> added = CONTROLLER_LABELS.getOrDefault(template.owner().kindName(), Set.of());
    Map<String, String> labels = template.labels();
    return selector.matchLabels().entrySet().stream().allMatch(e ->
        e.getValue().equals(labels.get(e.getKey()))
            || added.contains(e.getKey()) && !labels.containsKey(e.getKey()));
  }

  /**
   * A custom resource (its API group is not Kubernetes' own) whose spec configures pods: the
   * operator that watches it creates the pods, which Plumbline cannot see.
   */
  private static boolean isOperatorWorkload(KubeObject object) {
    String apiVersion = object.apiVersion().orElse("");
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    return group.contains(".") && !group.endsWith(".k8s.io") && object.spec()
        .filter(spec -> POD_FIELDS.stream().anyMatch(spec::has)).isPresent();
  }

  /**
   * Whether the pods an operator creates for the resource may be the selected ones: operators
   * label them with the resource's name ({@code prometheus: k8s}) or with labels written in the
   * resource (its own, {@code spec.podMetadata} or {@code spec.template.metadata}).
   */
  private static boolean mayOwnPods(KubeObject resource, LabelSelector selector) {
    if (resource.name().filter(selector.matchLabels()::containsValue).isPresent()
        || selector.matches(resource.labels())) {
      return true;
    }
    YamlMapping spec = resource.spec().orElseThrow();
    return Stream.of(spec.mapping("podMetadata"),
            spec.mapping("template").flatMap(t -> t.mapping("metadata")))
        .flatMap(Optional::stream).flatMap(m -> m.mapping("labels").stream())
        .anyMatch(labels -> selector.matches(stringValues(labels)));
  }

  private static Map<String, String> stringValues(YamlMapping labels) {
    Map<String, String> map = new LinkedHashMap<>();
    for (YamlMapping.Entry e : labels.entries()) {
      if (e.value() instanceof YamlScalar v && !v.isNull()) {
        map.put(e.keyText(), v.value());
      }
    }
    return map;
  }

  /** Values with {@code ${VAR}} are replaced before apply (envsubst, Flux post-build). */
  private static boolean isPlaceholder(LabelSelector selector) {
    return selector.matchLabels().values().stream().anyMatch(v -> v.contains("${"));
  }

  /** The {@code selector} key: a block mapping starts on the line after it. */
  private static Span selectorSpan(KubeObject service, LabelSelector selector) {
    return service.spec().flatMap(s -> s.entry("selector")).map(YamlMapping.Entry::keySpan)
        .orElse(selector.span());
  }
}
