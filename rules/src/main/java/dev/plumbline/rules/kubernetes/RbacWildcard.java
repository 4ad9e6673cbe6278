package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.PolicyRule;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;

/**
 * A Role or ClusterRole rule that grants with {@code *}: every verb, every resource, or every API
 * group. Each {@code *} is reported where it is written. A {@code *} API group next to named
 * resources is not reported: it matches those resource names only, in whichever group serves
 * them ({@code ingresses} of {@code extensions} and {@code networking.k8s.io}).
 */
@Rule(id = "K8S019", name = "rbac-wildcard", platform = Platform.KUBERNETES,
    severity = Severity.WARNING, tags = {"security", "rbac"}, securitySeverity = 7.0,
    summary = "Role or ClusterRole grants '*' verbs, resources or API groups")
public final class RbacWildcard implements KubernetesRule {

  private static final String WILDCARD = "*";
  private static final int LISTED = 4;

  @Override
  public void visitObject(KubeObject object, RuleContext ctx) {
    for (PolicyRule rule : object.policyRules()) {
      boolean everyResource = hasWildcard(rule.resources());
      for (YamlScalar verb : wildcards(rule.verbs())) {
        ctx.report(verb.span(), object.label() + " grants every verb ('*') on "
            + resources(rule), "list only the verbs needed, e.g. [get, list, watch]");
      }
      for (YamlScalar resource : wildcards(rule.resources())) {
        ctx.report(resource.span(), object.label() + " grants " + verbs(rule)
            + " on every resource ('*') of " + groups(rule),
            "list only the resources needed, e.g. [pods, configmaps]");
      }
      if (everyResource) {
        for (YamlScalar group : wildcards(rule.apiGroups())) {
          ctx.report(group.span(), object.label() + " grants " + verbs(rule)
              + " on every API group ('*'), including those custom resources add later",
              "list only the API groups needed, e.g. [\"\", apps]");
        }
      }
    }
  }

  private static boolean hasWildcard(List<YamlScalar> items) {
    return !wildcards(items).isEmpty();
  }

  private static List<YamlScalar> wildcards(List<YamlScalar> items) {
    return items.stream().filter(s -> s.value().equals(WILDCARD)).toList();
  }

  private static String verbs(PolicyRule rule) {
    return hasWildcard(rule.verbs()) ? "every verb" : "'" + list(values(rule.verbs())) + "'";
  }

  private static String resources(PolicyRule rule) {
    if (hasWildcard(rule.resources())) {
      return "every resource";
    }
    if (rule.resources().isEmpty() && !rule.items("nonResourceURLs").isEmpty()) {
      return "non-resource URLs '" + list(values(rule.items("nonResourceURLs"))) + "'";
    }
    return "'" + list(values(rule.resources())) + "'";
  }

  private static String groups(PolicyRule rule) {
    List<YamlScalar> groups = rule.apiGroups();
    if (hasWildcard(groups)) {
      return "every API group";
    }
    if (groups.isEmpty()) {
      return "its API groups";
    }
    List<String> names = groups.stream().map(RbacWildcard::name).toList();
    return (names.size() == 1 ? "API group '" : "API groups '") + list(names) + "'";
  }

  /** The core API group is written as the empty string. */
  private static String name(YamlScalar group) {
    return group.value().isEmpty() ? "core" : group.value();
  }

  private static List<String> values(List<YamlScalar> items) {
    return items.stream().map(YamlScalar::value).toList();
  }

  private static String list(List<String> values) {
    return values.size() <= LISTED ? String.join(", ", values)
        : String.join(", ", values.subList(0, LISTED)) + ", ...";
  }
}
