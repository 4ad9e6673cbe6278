package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.RoleBinding;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/**
 * A RoleBinding or ClusterRoleBinding that gives the {@code cluster-admin} ClusterRole to a user,
 * group or service account. Kubernetes' own identities ({@code system:masters},
 * {@code system:kube-controller-manager}...) are not reported; the {@code system:} groups that
 * stand for ordinary users and workloads ({@code system:authenticated},
 * {@code system:serviceaccounts}...) are.
 */
@Rule(id = "K8S020", name = "cluster-admin-binding", platform = Platform.KUBERNETES,
    severity = Severity.ERROR, tags = {"security", "rbac"}, securitySeverity = 9.0,
    summary = "Binding grants the cluster-admin role to a user, group or service account")
public final class ClusterAdminBinding implements KubernetesRule {

  private static final String CLUSTER_ADMIN = "cluster-admin";
  private static final int LISTED = 3;

  /** {@code system:} names that cover ordinary users, anonymous requests or workloads. */
  private static final List<String> BROAD_SYSTEM_NAMES = List.of("system:anonymous",
      "system:unauthenticated", "system:authenticated", "system:serviceaccounts",
      "system:nodes");
  private static final List<String> BROAD_SYSTEM_PREFIXES = List.of("system:serviceaccounts:",
      "system:serviceaccount:", "system:node:");

  @Override
  public void visitObject(KubeObject object, RuleContext ctx) {
    Optional<RoleBinding> binding = object.asRoleBinding();
    if (binding.isEmpty() || !binding.get().roleKind().orElse("").equals("ClusterRole")) {
      return;
    }
    Optional<YamlScalar> role = binding.get().roleName()
        .filter(n -> n.value().equals(CLUSTER_ADMIN));
    if (role.isEmpty()) {
      return;
    }
    List<String> granted = binding.get().subjects().stream()
        .filter(s -> !isKubernetesComponent(s)).map(ClusterAdminBinding::describe).toList();
    if (granted.isEmpty()) {
      return; // no subjects, or only Kubernetes' own identities
    }
    String scope = object.isKind("RoleBinding")
        ? "full control of namespace '" + object.namespace() + "'"
        : "full control of the cluster";
    ctx.report(role.get().span(), object.label() + " gives " + scope + " (cluster-admin) to "
        + list(granted), "bind a Role or ClusterRole that grants only what "
        + (granted.size() == 1 ? "this subject needs" : "these subjects need"));
  }

  /**
   * Whether a subject is one of Kubernetes' own identities ({@code system:masters},
   * {@code system:kube-scheduler}), which hold these rights by design.
   */
  static boolean isKubernetesComponent(RoleBinding.Subject subject) {
    String name = subject.name();
    if (subject.kind().equals("ServiceAccount") || !name.startsWith("system:")) {
      return false;
    }
    return !BROAD_SYSTEM_NAMES.contains(name)
        && BROAD_SYSTEM_PREFIXES.stream().noneMatch(name::startsWith);
  }

  private static String describe(RoleBinding.Subject subject) {
    String kind = subject.kind().isEmpty() ? "subject" : subject.kind();
    String name = subject.kind().equals("ServiceAccount")
        ? subject.namespace().map(ns -> ns + "/").orElse("") + subject.name() : subject.name();
    return kind + " '" + name + "'";
  }

  private static String list(List<String> subjects) {
    return subjects.size() <= LISTED ? String.join(", ", subjects)
        : String.join(", ", subjects.subList(0, LISTED)) + " and " + (subjects.size() - LISTED)
            + " more";
  }
}
