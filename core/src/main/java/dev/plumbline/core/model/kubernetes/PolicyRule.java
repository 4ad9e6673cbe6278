package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;

/**
 * A rule of a {@code Role} or {@code ClusterRole}: which verbs on which resources of which API
 * groups.
 *
 * @param node the rule's mapping
 */
public record PolicyRule(YamlMapping node) {

  /** The rules of a Role or ClusterRole; empty for other kinds. */
  public static List<PolicyRule> of(KubeObject object) {
    if (!object.isKind("Role", "ClusterRole")) {
      return List.of();
    }
    return Nodes.mappings(object.node(), "rules").stream().map(PolicyRule::new).toList();
  }

  /** The items of {@code apiGroups}, {@code resources}, {@code verbs}..., as written. */
  public List<YamlScalar> items(String field) {
    return node.sequence(field).map(s -> s.items().stream().filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast).toList()).orElse(List.of());
  }

  public List<YamlScalar> apiGroups() {
    return items("apiGroups");
  }

  public List<YamlScalar> resources() {
    return items("resources");
  }

  public List<YamlScalar> verbs() {
    return items("verbs");
  }
}
