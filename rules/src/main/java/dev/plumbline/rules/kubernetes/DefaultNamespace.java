package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * An object written into the {@code default} namespace ({@code metadata.namespace: default}).
 * Objects without a namespace are not reported: {@code kubectl apply -n}, Kustomize and Helm put
 * them where the deployment says. Cluster-scoped kinds have no namespace to fix.
 */
@Rule(id = "K8S021", name = "default-namespace", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"security", "isolation"}, securitySeverity = 3.0,
    summary = "Object is placed in the default namespace")
public final class DefaultNamespace implements KubernetesRule {

  @Override
  public void visitObject(KubeObject object, RuleContext ctx) {
    if (object.isClusterScoped() || belongsThere(object)) {
      return;
    }
    object.namespaceScalar().filter(ns -> ns.value().equals("default")).ifPresent(ns ->
        ctx.report(ns.span(), object.label() + " is placed in the 'default' namespace",
            "move it to a namespace of its own, e.g. 'namespace: shop', or leave 'namespace' "
                + "out and choose it at deploy time"));
  }

  /**
   * Objects that belong in {@code default} whatever the application does: the ones Kubernetes
   * itself keeps there (its ServiceAccount, the API server's Service and Endpoints), which
   * manifests only adjust, and Roles and RoleBindings, which grant access to what is in
   * {@code default} and so must be written there.
   */
  private static boolean belongsThere(KubeObject object) {
    String name = object.name().orElse("");
    return object.isKind("ServiceAccount") && name.equals("default")
        || object.isKind("Service", "Endpoints", "EndpointSlice") && name.equals("kubernetes")
        || object.isKind("Role", "RoleBinding");
  }
}
