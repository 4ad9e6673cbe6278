package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Deployment of several replicas whose rollouts take serving pods away:
 * {@code strategy.type: Recreate}, which stops every pod before new ones start, or a written
 * {@code rollingUpdate.maxUnavailable} that lets a rollout stop pods before their replacements
 * are ready. Only what is written is judged: without {@code maxUnavailable} the default (25%,
 * rounded down) applies and is not reported. A single replica is single-replica's concern.
 */
@Rule(id = "K8S023", name = "unsafe-rolling-update", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"reliability"},
    summary = "Deployment rollout takes pods out of service before replacements are ready")
public final class UnsafeRollingUpdate implements KubernetesRule {

  /** Kubernetes' default {@code maxSurge} when {@code rollingUpdate} omits it. */
  private static final String DEFAULT_MAX_SURGE = "25%";

  @Override
  public void visitObject(KubeObject object, RuleContext ctx) {
    if (!object.isKind("Deployment")) {
      return;
    }
    long replicas = object.replicas().orElse(1L);
    Optional<YamlMapping> strategy = object.spec().flatMap(s -> s.mapping("strategy"));
    if (replicas < 2 || strategy.isEmpty()) {
      return; // a single replica has no capacity to keep: single-replica's concern
    }
    Optional<YamlScalar> type = strategy.get().scalar("type");
    if (type.isPresent() && type.get().value().equals("Recreate")) {
      ctx.report(type.get().span(), object.label() + " uses the Recreate strategy: every "
          + "rollout stops all " + replicas + " of its pods before new ones start",
          "use 'type: RollingUpdate' with 'rollingUpdate: {maxSurge: 1, maxUnavailable: 0}'");
      return;
    }
    Optional<YamlMapping> rollingUpdate = strategy.get().mapping("rollingUpdate");
    Optional<YamlScalar> maxUnavailable = rollingUpdate.flatMap(r -> r.scalar("maxUnavailable"))
        .filter(s -> !s.isNull());
    if (maxUnavailable.isEmpty()) {
      return; // the default, 25% rounded down, is not judged
    }
    String surge = rollingUpdate.flatMap(r -> r.scalar("maxSurge")).filter(s -> !s.isNull())
        .map(YamlScalar::value).orElse(DEFAULT_MAX_SURGE);
    OptionalLong unavailable = unavailablePods(maxUnavailable.get().value(), surge, replicas);
    if (unavailable.isPresent() && unavailable.getAsLong() > 0) {
      long pods = Math.min(unavailable.getAsLong(), replicas);
      ctx.report(maxUnavailable.get().span(), object.label() + " may stop " + pods + " of its "
          + replicas + " pods before their replacements are ready (maxUnavailable: "
          + maxUnavailable.get().value() + ")",
          "set 'maxUnavailable: 0' and 'maxSurge: 1' (or more) so new pods start first");
    }
  }

  /**
   * How many pods a rollout may take out of service, as the Deployment controller computes it:
   * a percentage of {@code replicas} rounded down ({@code maxSurge} rounded up), and 1 when both
   * come to 0. Empty when a value is neither an integer nor a percentage (a template variable).
   */
  static OptionalLong unavailablePods(String maxUnavailable, String maxSurge, long replicas) {
    OptionalLong unavailable = scaled(maxUnavailable, replicas, false);
    OptionalLong surge = scaled(maxSurge, replicas, true);
    if (unavailable.isEmpty() || surge.isEmpty()) {
      return unavailable;
    }
    if (unavailable.getAsLong() == 0 && surge.getAsLong() == 0) {
      return OptionalLong.of(1);
    }
    return unavailable;
  }

  private static OptionalLong scaled(String value, long replicas, boolean roundUp) {
    try {
      if (!value.endsWith("%")) {
        return OptionalLong.of(Long.parseLong(value.strip()));
      }
      long percent = Long.parseLong(value.substring(0, value.length() - 1).strip());
      long scaled = percent * replicas;
      return OptionalLong.of(roundUp ? (scaled + 99) / 100 : scaled / 100);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
