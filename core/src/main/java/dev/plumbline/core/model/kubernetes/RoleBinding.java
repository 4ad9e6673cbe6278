package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/**
 * A {@code RoleBinding} or {@code ClusterRoleBinding}.
 *
 * @param object the binding object
 */
public record RoleBinding(KubeObject object) {

  /**
   * A subject of the binding.
   *
   * @param node the subject's mapping
   */
  public record Subject(YamlMapping node) {

    /** {@code User}, {@code Group} or {@code ServiceAccount}. */
    public String kind() {
      return node.string("kind").orElse("");
    }

    public String name() {
      return node.string("name").orElse("");
    }

    public Optional<String> namespace() {
      return node.string("namespace");
    }
  }

  public Optional<YamlMapping> roleRef() {
    return object.node().mapping("roleRef");
  }

  /** {@code roleRef.name}, with where it is written. */
  public Optional<YamlScalar> roleName() {
    return roleRef().flatMap(r -> Nodes.scalar(r, "name"));
  }

  /** {@code roleRef.kind}: {@code Role} or {@code ClusterRole}. */
  public Optional<String> roleKind() {
    return roleRef().flatMap(r -> r.string("kind"));
  }

  public List<Subject> subjects() {
    return Nodes.mappings(object.node(), "subjects").stream().map(Subject::new).toList();
  }
}
