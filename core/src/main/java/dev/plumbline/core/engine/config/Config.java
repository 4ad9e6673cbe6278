package dev.plumbline.core.engine.config;

import dev.plumbline.core.engine.Limits;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded {@code .plumbline.yml}: validated, with rules named by their IDs.
 *
 * @param file      the configuration file; empty when none was found (all defaults)
 * @param directory absolute; the directory that {@code exclude} and override patterns are
 *                  relative to: the configuration file's
 * @param failOn    the {@code fail-on} setting, if given
 * @param exclude   gitignore-style patterns of paths not to lint
 * @param rules     settings by rule ID, in the order written
 * @param overrides settings for some paths; later ones win
 * @param limits    the {@code limits:} settings, the defaults for those not given
 */
public record Config(Optional<Path> file, Path directory, Optional<FailOn> failOn,
    List<String> exclude, Map<String, RuleConfig> rules, List<FileOverride> overrides,
    Limits limits) {

  public Config {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(failOn, "failOn");
    exclude = List.copyOf(exclude);
    rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    overrides = List.copyOf(overrides);
    Objects.requireNonNull(limits, "limits");
  }

  /** No configuration file: every setting at its default. */
  public static Config defaults(Path directory) {
    return new Config(Optional.empty(), directory.toAbsolutePath().normalize(), Optional.empty(),
        List.of(), Map.of(), List.of(), Limits.DEFAULT);
  }

  /**
   * The rules of a run with this configuration.
   *
   * @throws IllegalArgumentException for a rule ID the registry does not know (the loader
   *                                  checks IDs against the same registry)
   */
  public RuleSet ruleSet(RuleRegistry registry) {
    RuleSet.Builder builder = RuleSet.builder(registry);
    rules.forEach((id, config) -> builder.configure(rule(registry, id), config));
    for (FileOverride override : overrides) {
      override.rules().keySet().forEach(id -> rule(registry, id));
      builder.override(new RuleSet.PathOverride(new PathGlobs(directory, override.files()),
          override.rules()));
    }
    return builder.build();
  }

  private static RuleDescriptor rule(RuleRegistry registry, String id) {
    return registry.find(id).filter(d -> d.id().equals(id))
        .orElseThrow(() -> new IllegalArgumentException("no rule with the ID " + id));
  }

  /**
   * One entry of {@code overrides:}.
   *
   * @param files gitignore-style patterns, relative to the configuration's directory
   * @param rules settings by rule ID, laid over the top-level ones for matching files
   */
  public record FileOverride(List<String> files, Map<String, RuleConfig> rules) {
    public FileOverride {
      files = List.copyOf(files);
      rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }
  }
}
