package dev.plumbline.core.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every rule on the class path. Rules are registered as {@link LintRule} services by the rule
 * annotation processor at compile time; nothing lists them by hand.
 */
public final class RuleRegistry {

  private final List<RuleDescriptor> rules;

  public RuleRegistry(List<RuleDescriptor> rules) {
    List<RuleDescriptor> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(RuleDescriptor::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalStateException("two rules share the ID " + sorted.get(i).id() + ": "
            + sorted.get(i - 1).type().getName() + " and " + sorted.get(i).type().getName());
      }
    }
    this.rules = List.copyOf(sorted);
  }

  /** The rules registered on the class path of {@code loader}. */
  public static RuleRegistry load(ClassLoader loader) {
    List<RuleDescriptor> found = new ArrayList<>();
    ServiceLoader.load(LintRule.class, loader).stream()
        .forEach(provider -> found.add(new RuleDescriptor(provider.type())));
    return new RuleRegistry(found);
  }

  public static RuleRegistry load() {
    return load(RuleRegistry.class.getClassLoader());
  }

  /** All rules, ordered by ID. */
  public List<RuleDescriptor> all() {
    return rules;
  }

  /** A rule by ID (any case) or kebab-case name. */
  public Optional<RuleDescriptor> find(String idOrName) {
    return rules.stream().filter(r -> r.matches(idOrName)).findFirst();
  }
}
