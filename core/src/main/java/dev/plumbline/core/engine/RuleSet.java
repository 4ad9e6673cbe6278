package dev.plumbline.core.engine;

import dev.plumbline.core.rule.LintRule;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The rules a run uses, with their configured severities and options, and the path overrides
 * that change them for some files. Immutable and shared by all threads; {@link #forFile} gives
 * the rules of one file.
 */
public final class RuleSet {

  private final RuleRegistry registry;
  private final Map<String, RuleConfig> configured;
  private final List<PathOverride> overrides;
  private final List<RuleDescriptor> active;
  /** The active rules by upper-case ID and by name: findings name their rule on every report. */
  private final Map<String, RuleDescriptor> activeByIdOrName;
  private final Map<Class<? extends LintRule>, List<RuleDescriptor>> visiting =
      new ConcurrentHashMap<>();
  private final Map<List<Integer>, RuleSet> resolved = new ConcurrentHashMap<>();

  private RuleSet(RuleRegistry registry, Map<String, RuleConfig> configured,
      List<PathOverride> overrides) {
    this.registry = registry;
    this.configured = Map.copyOf(configured);
    this.overrides = List.copyOf(overrides);
    this.active = registry.all().stream().filter(d -> isActive(d, config(d))).toList();
    Map<String, RuleDescriptor> byIdOrName = new HashMap<>();
    for (RuleDescriptor d : active) {
      byIdOrName.putIfAbsent(d.id().toUpperCase(Locale.ROOT), d);
    }
    for (RuleDescriptor d : active) {
      byIdOrName.putIfAbsent(d.name(), d);
    }
    this.activeByIdOrName = byIdOrName;
  }

  /** Every rule that is on by default, plus {@code alsoEnabled} (IDs or names). */
  public static RuleSet defaults(RuleRegistry registry, Collection<String> alsoEnabled) {
    Builder builder = builder(registry);
    for (RuleDescriptor d : registry.all()) {
      if (alsoEnabled.stream().anyMatch(d::matches)) {
        builder.configure(d, new RuleConfig(Optional.of(true), Optional.empty(), Map.of()));
      }
    }
    return builder.build();
  }

  public static RuleSet defaults(RuleRegistry registry) {
    return defaults(registry, List.of());
  }

  public static Builder builder(RuleRegistry registry) {
    return new Builder(registry);
  }

  /**
   * The rules active for one file: the run's configuration with every override whose pattern
   * matches {@code file} laid over it, in order.
   *
   * @param file the file's absolute, normalised path
   */
  public RuleSet forFile(Path file) {
    List<Integer> matching = new ArrayList<>();
    for (int i = 0; i < overrides.size(); i++) {
      if (overrides.get(i).matches().test(file)) {
        matching.add(i);
      }
    }
    if (matching.isEmpty()) {
      return overrides.isEmpty() ? this : resolved.computeIfAbsent(matching,
          m -> new RuleSet(registry, configured, List.of()));
    }
    return resolved.computeIfAbsent(matching, m -> {
      Map<String, RuleConfig> layered = new LinkedHashMap<>(configured);
      for (int i : m) {
        overrides.get(i).rules().forEach((id, config) ->
            layered.merge(id, config, RuleConfig::then));
      }
      return new RuleSet(registry, layered, List.of());
    });
  }

  /**
   * The active rules, ordered by ID. For a set with path overrides, every rule that is active
   * for some file: what a report lists as the rules that ran.
   */
  public List<RuleDescriptor> active() {
    if (overrides.isEmpty()) {
      return active;
    }
    return registry.all().stream().filter(d -> isActive(d, config(d))
        || overrides.stream().anyMatch(o -> isActive(d, config(d).then(o.rule(d))))).toList();
  }

  /** Every rule Plumbline knows, active or not. */
  public RuleRegistry registry() {
    return registry;
  }

  /** An active rule by ID (any case) or name. */
  public Optional<RuleDescriptor> find(String idOrName) {
    RuleDescriptor byId = activeByIdOrName.get(idOrName.toUpperCase(Locale.ROOT));
    if (byId != null && byId.id().equalsIgnoreCase(idOrName)) {
      return Optional.of(byId);
    }
    return Optional.ofNullable(activeByIdOrName.get(idOrName))
        .filter(d -> d.name().equals(idOrName));
  }

  /**
   * The active rules that implement a rule interface, ordered by ID; computed once per set
   * rather than once per file.
   */
  public List<RuleDescriptor> visiting(Class<? extends LintRule> visitorType) {
    return visiting.computeIfAbsent(visitorType,
        type -> active.stream().filter(d -> d.visits(type)).toList());
  }

  /** The configured severity of a rule, or its default when none is configured. */
  public Severity severity(RuleDescriptor rule) {
    return configuredSeverity(rule).orElse(rule.defaultSeverity());
  }

  /**
   * The severity configuration forces on every finding of a rule, if any. Without one, a rule
   * may report some findings at a different severity than its default.
   */
  public Optional<Severity> configuredSeverity(RuleDescriptor rule) {
    return config(rule).severity();
  }

  /** The option values configured for a rule (the rest keep their defaults). */
  public Map<String, Object> options(RuleDescriptor rule) {
    return config(rule).options();
  }

  private RuleConfig config(RuleDescriptor rule) {
    return configured.getOrDefault(rule.id(), RuleConfig.options(Map.of()));
  }

  private static boolean isActive(RuleDescriptor rule, RuleConfig config) {
    return config.enabled().orElse(rule.enabledByDefault());
  }

  /**
   * Rule configuration for the files a pattern matches.
   *
   * @param matches whether a file (absolute, normalised path) is covered
   * @param rules   configuration by rule ID
   */
  public record PathOverride(Predicate<Path> matches, Map<String, RuleConfig> rules) {
    public PathOverride {
      Objects.requireNonNull(matches, "matches");
      rules = Map.copyOf(rules);
    }

    RuleConfig rule(RuleDescriptor d) {
      return rules.getOrDefault(d.id(), RuleConfig.options(Map.of()));
    }
  }

  /** Builds a rule set from configuration. */
  public static final class Builder {
    private final RuleRegistry registry;
    private final Map<String, RuleConfig> configured = new LinkedHashMap<>();
    private final List<PathOverride> overrides = new ArrayList<>();

    private Builder(RuleRegistry registry) {
      this.registry = registry;
    }

    /** Lays {@code config} over what is already configured for {@code rule}. */
    public Builder configure(RuleDescriptor rule, RuleConfig config) {
      configured.merge(rule.id(), config, RuleConfig::then);
      return this;
    }

    /** Adds a path override; later overrides win over earlier ones. */
    public Builder override(PathOverride override) {
      overrides.add(override);
      return this;
    }

    public RuleSet build() {
      return new RuleSet(registry, configured, overrides);
    }
  }
}
