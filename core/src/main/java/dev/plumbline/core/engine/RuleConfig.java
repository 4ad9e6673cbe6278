package dev.plumbline.core.engine;

import dev.plumbline.core.rule.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What configuration says about one rule, at one level (the whole run, or a path override).
 * Every part is optional; what is not said is inherited from the level below.
 *
 * @param enabled  {@code false} for {@code off}, {@code true} when a severity was given (which also
 *                 turns on an off-by-default rule), empty when not said
 * @param severity the severity every finding of the rule gets; empty keeps the rule's own
 * @param options  option values by key, already checked against the rule's declared types
 */
public record RuleConfig(Optional<Boolean> enabled, Optional<Severity> severity,
    Map<String, Object> options) {

  public RuleConfig {
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(severity, "severity");
    options = Map.copyOf(options);
  }

  public static RuleConfig off() {
    return new RuleConfig(Optional.of(false), Optional.empty(), Map.of());
  }

  public static RuleConfig severity(Severity severity) {
    return new RuleConfig(Optional.of(true), Optional.of(severity), Map.of());
  }

  public static RuleConfig options(Map<String, Object> options) {
    return new RuleConfig(Optional.empty(), Optional.empty(), options);
  }

  /** This configuration with {@code above} laid over it: what {@code above} says wins. */
  public RuleConfig then(RuleConfig above) {
    Map<String, Object> merged = new LinkedHashMap<>(options);
    merged.putAll(above.options);
    return new RuleConfig(above.enabled.or(() -> enabled), above.severity.or(() -> severity),
        merged);
  }
}
