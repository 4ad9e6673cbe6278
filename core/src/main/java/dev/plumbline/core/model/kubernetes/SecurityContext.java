package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The security settings that apply to one container: for the fields a pod may set
 * ({@code runAsNonRoot}, {@code runAsUser}, {@code runAsGroup}, {@code seccompProfile},
 * {@code seLinuxOptions}) the container's value when it sets one, else the pod's; the other fields
 * ({@code privileged}, {@code allowPrivilegeEscalation}, {@code readOnlyRootFilesystem},
 * {@code capabilities}) exist only on the container. Each value comes with where it is written and
 * at which level.
 */
public final class SecurityContext {

  /** Where an effective value is written. */
  public enum Level {
    POD,
    CONTAINER
  }

  /**
   * One effective setting.
   *
   * @param node  the value as written
   * @param entry the {@code key: value} entry
   * @param level whether the pod or the container sets it
   */
  public record Setting(YamlNode node, YamlMapping.Entry entry, Level level) {

    public Span span() {
      return node.span();
    }

    public Optional<Boolean> asBoolean() {
      return node.asScalar().flatMap(YamlScalar::asBoolean);
    }

    public OptionalLong asLong() {
      return node.asScalar().map(YamlScalar::asLong).orElse(OptionalLong.empty());
    }
  }

  private final Optional<YamlMapping> pod;
  private final Optional<YamlMapping> container;

  SecurityContext(Optional<YamlMapping> pod, Optional<YamlMapping> container) {
    this.pod = pod;
    this.container = container;
  }

  /** The container's own {@code securityContext}, when it is a mapping. */
  public Optional<YamlMapping> containerNode() {
    return container;
  }

  /** The pod's {@code securityContext}, when it is a mapping. */
  public Optional<YamlMapping> podNode() {
    return pod;
  }

  public Optional<Setting> runAsNonRoot() {
    return inherited("runAsNonRoot");
  }

  public Optional<Setting> runAsUser() {
    return inherited("runAsUser");
  }

  public Optional<Setting> runAsGroup() {
    return inherited("runAsGroup");
  }

  public Optional<Setting> seccompProfile() {
    return inherited("seccompProfile");
  }

  public Optional<Setting> seLinuxOptions() {
    return inherited("seLinuxOptions");
  }

  public Optional<Setting> privileged() {
    return own("privileged");
  }

  public Optional<Setting> allowPrivilegeEscalation() {
    return own("allowPrivilegeEscalation");
  }

  public Optional<Setting> readOnlyRootFilesystem() {
    return own("readOnlyRootFilesystem");
  }

  public Optional<Setting> capabilities() {
    return own("capabilities");
  }

  /** {@code capabilities.add}, as written. */
  public List<YamlScalar> addedCapabilities() {
    return capabilityList("add");
  }

  /** {@code capabilities.drop}, as written. */
  public List<YamlScalar> droppedCapabilities() {
    return capabilityList("drop");
  }

  private List<YamlScalar> capabilityList(String field) {
    return container.flatMap(c -> c.mapping("capabilities")).flatMap(c -> c.sequence(field))
        .map(s -> s.items().stream().filter(YamlScalar.class::isInstance)
            .map(YamlScalar.class::cast).toList())
        .orElse(List.of());
  }

  private Optional<Setting> inherited(String field) {
    return own(field).or(() -> setting(pod, field, Level.POD));
  }

  private Optional<Setting> own(String field) {
    return setting(container, field, Level.CONTAINER);
  }

  private static Optional<Setting> setting(Optional<YamlMapping> context, String field,
      Level level) {
    return context.flatMap(c -> c.entry(field)).filter(e -> !e.value().isNull())
        .map(e -> new Setting(e.value(), e, level));
  }
}
