package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.PodSpec;
import dev.plumbline.core.model.kubernetes.SecurityContext;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Containers that run without a seccomp filter: no {@code seccompProfile} of type
 * {@code RuntimeDefault} or {@code Localhost} in effect (the container's, else the pod's), nor
 * the legacy annotations; or an explicit {@code Unconfined}. When no container of a pod has a
 * profile, one finding for the pod; otherwise one per container without. Init and ephemeral
 * containers count; Windows pods, which have no seccomp, are not checked, nor containers without
 * an image, which are patches of containers defined elsewhere.
 */
@Rule(id = "K8S017", name = "missing-seccomp-profile", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"security", "least-privilege"}, securitySeverity = 3.0,
    summary = "Container runs without a seccomp profile")
public final class MissingSeccompProfile implements KubernetesRule {

  private static final String POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
  private static final String CONTAINER_ANNOTATION =
      "container.seccomp.security.alpha.kubernetes.io/";
  private static final String HINT_FIELD = "seccompProfile: {type: RuntimeDefault}";

  /**
   * The value that gives a container's profile.
   *
   * @param value        a {@code seccompProfile.type} or a legacy annotation's value
   * @param ownContainer whether it is the container's own rather than the pod's
   */
  private record Profile(YamlScalar value, boolean ownContainer) {

    /**
     * Types other than Unconfined (RuntimeDefault, Localhost) and annotation values other than
     * unconfined (runtime/default, docker/default, localhost/...) confine the container.
     */
    boolean isUnconfined() {
      return value.value().equals("Unconfined") || value.value().equals("unconfined");
    }
  }

  @Override
  public void visitPodSpec(PodSpec pod, RuleContext ctx) {
    if (pod.isWindows() || pod.containers().isEmpty()) {
      return;
    }
    List<YamlScalar> unconfined = new ArrayList<>();
    List<Container> missing = new ArrayList<>();
    int complete = 0; // containers with an image; one without is a patch of one defined elsewhere
    for (Container container : pod.containers()) {
      boolean patch = Kustomize.isPatch(container);
      complete += patch ? 0 : 1;
      Optional<Profile> profile = profile(container);
      if (profile.isEmpty()) {
        if (!patch) {
          missing.add(container);
        }
      } else if (profile.get().isUnconfined()
          && unconfined.stream().noneMatch(u -> u == profile.get().value())) {
        unconfined.add(profile.get().value()); // a pod's value once, for all that inherit it
        reportUnconfined(container, profile.get(), ctx);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String owner = pod.owner().label();
    if (missing.size() == complete) {
      ctx.report(pod.owner().kindSpan(), owner + " sets no seccomp profile for its pods",
          "add '" + HINT_FIELD + "' to the pod's securityContext");
      return;
    }
    for (Container container : missing) {
      ctx.report(container.nameSpan(), container.label() + " of " + owner
          + " has no seccomp profile", "add '" + HINT_FIELD + "' to the securityContext of "
          + container.label() + " or of the pod");
    }
  }

  private static void reportUnconfined(Container container, Profile profile, RuleContext ctx) {
    String owner = container.pod().owner().label();
    String who = profile.ownContainer() ? container.label() + " of " + owner + " runs"
        : "the containers of " + owner + " run";
    ctx.report(profile.value().span(), who + " without seccomp: '" + profile.value().value()
        + "'", "use 'RuntimeDefault', or a 'Localhost' profile that allows what it needs");
  }

  /**
   * The container's profile: the {@code type} of the {@code seccompProfile} in effect, else the
   * legacy annotation in effect; empty when there is neither.
   */
  private static Optional<Profile> profile(Container container) {
    Optional<Profile> field = container.securityContext().seccompProfile()
        .flatMap(s -> s.node().asMapping().flatMap(p -> p.scalar("type"))
            .filter(t -> !t.isNull())
            .map(t -> new Profile(t, s.level() == SecurityContext.Level.CONTAINER)));
    if (field.isPresent()) {
      return field;
    }
    Optional<YamlMapping> annotations = container.pod().template().metadata()
        .flatMap(m -> m.mapping("annotations"));
    Optional<Profile> own = container.name().flatMap(name -> annotations
        .flatMap(a -> value(a, CONTAINER_ANNOTATION + name)))
        .map(v -> new Profile(v, true));
    return own.or(() -> annotations.flatMap(a -> value(a, POD_ANNOTATION))
        .map(v -> new Profile(v, false)));
  }

  private static Optional<YamlScalar> value(YamlMapping annotations, String key) {
    return annotations.scalar(key).filter(s -> !s.isNull());
  }
}
