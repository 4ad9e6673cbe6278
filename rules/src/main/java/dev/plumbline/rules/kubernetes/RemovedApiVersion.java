package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An object written with an API version that current Kubernetes no longer serves, such as a
 * Deployment in {@code extensions/v1beta1}. Versions are judged per kind: a group version that
 * lost one kind may still serve others ({@code storage.k8s.io/v1beta1} lost StorageClass but
 * serves VolumeAttributesClass).
 */
@Rule(id = "K8S027", name = "removed-api-version", platform = Platform.KUBERNETES,
    severity = Severity.ERROR, tags = {"correctness", "upgrade"},
    summary = "Object uses an API version that Kubernetes no longer serves")
public final class RemovedApiVersion implements KubernetesRule {

  /**
   * A removed API version of one kind.
   *
   * @param apiVersion  the removed group version
   * @param kind        the kind it no longer serves
   * @param removedIn   the first Kubernetes release without it
   * @param replacement the API version to use instead; empty when the API is gone
   * @param note        what else changed, for the hint; empty when nothing notable did
   */
  record Removal(String apiVersion, String kind, String removedIn, String replacement,
      String note) {

    boolean hasReplacement() {
      return !replacement.isEmpty();
    }
  }

  private static final String SELECTOR = "'spec.selector' is now required";
  private static final String INGRESS = "the backend is now 'service: {name, port: {number}}' "
      + "and every path needs a 'pathType'";
  private static final String NO_PSP = "enforce pod security with Pod Security Admission "
      + "(namespace label 'pod-security.kubernetes.io/enforce') or a policy engine";

  /** From the Kubernetes Deprecated API Migration Guide. */
  private static final Map<String, Removal> REMOVALS = index(List.of(
      // 1.16
      new Removal("extensions/v1beta1", "Deployment", "1.16", "apps/v1", SELECTOR),
      new Removal("extensions/v1beta1", "DaemonSet", "1.16", "apps/v1", SELECTOR),
      new Removal("extensions/v1beta1", "ReplicaSet", "1.16", "apps/v1", SELECTOR),
      new Removal("extensions/v1beta1", "NetworkPolicy", "1.16", "networking.k8s.io/v1", ""),
      new Removal("extensions/v1beta1", "PodSecurityPolicy", "1.16", "", NO_PSP),
      new Removal("apps/v1beta1", "Deployment", "1.16", "apps/v1", SELECTOR),
      new Removal("apps/v1beta1", "StatefulSet", "1.16", "apps/v1", SELECTOR),
      new Removal("apps/v1beta1", "ReplicaSet", "1.16", "apps/v1", SELECTOR),
      new Removal("apps/v1beta2", "Deployment", "1.16", "apps/v1", SELECTOR),
      new Removal("apps/v1beta2", "StatefulSet", "1.16", "apps/v1", SELECTOR),
      new Removal("apps/v1beta2", "DaemonSet", "1.16", "apps/v1", SELECTOR),
      new Removal("apps/v1beta2", "ReplicaSet", "1.16", "apps/v1", SELECTOR),
      // 1.22
      new Removal("extensions/v1beta1", "Ingress", "1.22", "networking.k8s.io/v1", INGRESS),
      new Removal("networking.k8s.io/v1beta1", "Ingress", "1.22", "networking.k8s.io/v1",
          INGRESS),
      new Removal("networking.k8s.io/v1beta1", "IngressClass", "1.22", "networking.k8s.io/v1",
          ""),
      new Removal("admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration", "1.22",
          "admissionregistration.k8s.io/v1", "'sideEffects' and 'admissionReviewVersions' are "
              + "now required"),
      new Removal("admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration",
          "1.22", "admissionregistration.k8s.io/v1", "'sideEffects' and "
              + "'admissionReviewVersions' are now required"),
      new Removal("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", "1.22",
          "apiextensions.k8s.io/v1", "each entry of 'spec.versions' now needs a structural "
              + "'schema.openAPIV3Schema'"),
      new Removal("apiregistration.k8s.io/v1beta1", "APIService", "1.22",
          "apiregistration.k8s.io/v1", ""),
      new Removal("authentication.k8s.io/v1beta1", "TokenReview", "1.22",
          "authentication.k8s.io/v1", ""),
      new Removal("authorization.k8s.io/v1beta1", "SubjectAccessReview", "1.22",
          "authorization.k8s.io/v1", ""),
      new Removal("authorization.k8s.io/v1beta1", "LocalSubjectAccessReview", "1.22",
          "authorization.k8s.io/v1", ""),
      new Removal("authorization.k8s.io/v1beta1", "SelfSubjectAccessReview", "1.22",
          "authorization.k8s.io/v1", ""),
      new Removal("certificates.k8s.io/v1beta1", "CertificateSigningRequest", "1.22",
          "certificates.k8s.io/v1", "'spec.signerName' is now required"),
      new Removal("coordination.k8s.io/v1beta1", "Lease", "1.22", "coordination.k8s.io/v1", ""),
      new Removal("rbac.authorization.k8s.io/v1beta1", "ClusterRole", "1.22",
          "rbac.authorization.k8s.io/v1", ""),
      new Removal("rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding", "1.22",
          "rbac.authorization.k8s.io/v1", ""),
      new Removal("rbac.authorization.k8s.io/v1beta1", "Role", "1.22",
          "rbac.authorization.k8s.io/v1", ""),
      new Removal("rbac.authorization.k8s.io/v1beta1", "RoleBinding", "1.22",
          "rbac.authorization.k8s.io/v1", ""),
      new Removal("scheduling.k8s.io/v1beta1", "PriorityClass", "1.22", "scheduling.k8s.io/v1",
          ""),
      new Removal("storage.k8s.io/v1beta1", "CSIDriver", "1.22", "storage.k8s.io/v1", ""),
      new Removal("storage.k8s.io/v1beta1", "CSINode", "1.22", "storage.k8s.io/v1", ""),
      new Removal("storage.k8s.io/v1beta1", "StorageClass", "1.22", "storage.k8s.io/v1", ""),
      new Removal("storage.k8s.io/v1beta1", "VolumeAttachment", "1.22", "storage.k8s.io/v1", ""),
      // 1.25
      new Removal("batch/v1beta1", "CronJob", "1.25", "batch/v1", ""),
      new Removal("discovery.k8s.io/v1beta1", "EndpointSlice", "1.25", "discovery.k8s.io/v1",
          "'topology' is replaced by 'nodeName' and 'zone'"),
      new Removal("events.k8s.io/v1beta1", "Event", "1.25", "events.k8s.io/v1", ""),
      new Removal("autoscaling/v2beta1", "HorizontalPodAutoscaler", "1.25", "autoscaling/v2",
          "metric targets are now 'target: {type, averageUtilization}'"),
      new Removal("policy/v1beta1", "PodDisruptionBudget", "1.25", "policy/v1",
          "an empty 'spec.selector' now selects every pod of the namespace"),
      new Removal("policy/v1beta1", "PodSecurityPolicy", "1.25", "", NO_PSP),
      new Removal("node.k8s.io/v1beta1", "RuntimeClass", "1.25", "node.k8s.io/v1", ""),
      // 1.26
      new Removal("autoscaling/v2beta2", "HorizontalPodAutoscaler", "1.26", "autoscaling/v2",
          ""),
      new Removal("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema", "1.26",
          "flowcontrol.apiserver.k8s.io/v1", ""),
      new Removal("flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration", "1.26",
          "flowcontrol.apiserver.k8s.io/v1", ""),
      // 1.27
      new Removal("storage.k8s.io/v1beta1", "CSIStorageCapacity", "1.27", "storage.k8s.io/v1",
          ""),
      // 1.29
      new Removal("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", "1.29",
          "flowcontrol.apiserver.k8s.io/v1", ""),
      new Removal("flowcontrol.apiserver.k8s.io/v1beta2", "PriorityLevelConfiguration", "1.29",
          "flowcontrol.apiserver.k8s.io/v1", ""),
      // 1.32
      new Removal("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.32",
          "flowcontrol.apiserver.k8s.io/v1", ""),
      new Removal("flowcontrol.apiserver.k8s.io/v1beta3", "PriorityLevelConfiguration", "1.32",
          "flowcontrol.apiserver.k8s.io/v1", "")));

  @Override
  public void visitObject(KubeObject object, RuleContext ctx) {
    Optional<YamlScalar> apiVersion = object.node().scalar("apiVersion");
    if (apiVersion.isEmpty()) {
      return;
    }
    find(apiVersion.get().value(), object.kindName()).ifPresent(r -> {
      String uses = object.label() + " uses '" + r.apiVersion() + "', removed in Kubernetes "
          + r.removedIn();
      if (r.hasReplacement()) {
        ctx.report(apiVersion.get().span(), uses + "; use '" + r.replacement() + "'",
            "write 'apiVersion: " + r.replacement() + "'"
                + (r.note().isEmpty() ? "" : "; note that " + r.note()));
      } else {
        ctx.report(apiVersion.get().span(), uses + " with no replacement API", r.note());
      }
    });
  }

  /** The removal of an API version for a kind (or its {@code List} kind), if it was removed. */
  static Optional<Removal> find(String apiVersion, String kind) {
    Removal removal = REMOVALS.get(key(apiVersion.strip(), kind));
    if (removal == null && kind.endsWith("List")) {
      removal = REMOVALS.get(key(apiVersion.strip(), kind.substring(0, kind.length() - 4)));
    }
    return Optional.ofNullable(removal);
  }

  static List<Removal> removals() {
    return List.copyOf(REMOVALS.values());
  }

  private static Map<String, Removal> index(List<Removal> removals) {
    Map<String, Removal> map = new HashMap<>();
    for (Removal r : removals) {
      if (map.put(key(r.apiVersion(), r.kind()), r) != null) {
        throw new IllegalStateException("listed twice: " + r);
      }
    }
    return Map.copyOf(map);
  }

  private static String key(String apiVersion, String kind) {
    return apiVersion + " " + kind;
  }
}
