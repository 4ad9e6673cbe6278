package dev.plumbline.core.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule on the class path. The rule annotation processor lists each jar's rules in a
 * {@link RuleIndex} at compile time; nothing lists them by hand.
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

  /**
   * The rules indexed on the class path of {@code loader}. Their classes are loaded when a rule
   * is first instantiated, not here.
   */
  public static RuleRegistry load(ClassLoader loader) {
    Map<String, RuleDescriptor> found = new LinkedHashMap<>();
    for (RuleIndex.Entry entry : RuleIndex.read(loader)) {
      // one jar may be on the class path twice, or inside a shaded jar beside itself
      found.putIfAbsent(entry.className(), RuleDescriptor.indexed(entry, loader));
    }
    return new RuleRegistry(List.copyOf(found.values()));
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
