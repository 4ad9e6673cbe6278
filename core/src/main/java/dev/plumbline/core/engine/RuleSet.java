package dev.plumbline.core.engine;

import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The rules a run uses and their effective severities. Immutable and shared by all threads. */
public final class RuleSet {

  private final List<RuleDescriptor> active;

  private RuleSet(List<RuleDescriptor> active) {
    this.active = List.copyOf(active);
  }

  /** Every rule that is on by default, plus {@code alsoEnabled} (IDs or names). */
  public static RuleSet defaults(RuleRegistry registry, Collection<String> alsoEnabled) {
    List<RuleDescriptor> active = new ArrayList<>();
    for (RuleDescriptor d : registry.all()) {
      if (d.enabledByDefault() || alsoEnabled.stream().anyMatch(d::matches)) {
        active.add(d);
      }
    }
    return new RuleSet(active);
  }

  public static RuleSet defaults(RuleRegistry registry) {
    return defaults(registry, List.of());
  }

  /** The active rules, ordered by ID. */
  public List<RuleDescriptor> active() {
    return active;
  }

  public Optional<RuleDescriptor> find(String idOrName) {
    return active.stream().filter(d -> d.matches(idOrName)).findFirst();
  }

  public Severity severity(RuleDescriptor rule) {
    return rule.defaultSeverity();
  }
}
