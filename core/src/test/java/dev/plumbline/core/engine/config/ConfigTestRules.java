package dev.plumbline.core.engine.config;

import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import java.util.List;

/** Rules for the configuration tests: one with an option of every type, one without options. */
final class ConfigTestRules {

  private ConfigTestRules() {}

  @Rule(id = "GHA901", name = "test-pinning", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.WARNING, summary = "Has options of every type")
  public static final class Pinning implements GitHubRule {
    @RuleOption(name = "trusted-owners", description = "Owners trusted.")
    List<String> trustedOwners = List.of("actions");

    @RuleOption(name = "strict", description = "Be strict.")
    boolean strict;

    @RuleOption(name = "max-depth", description = "How deep.")
    int maxDepth = 3;

    @RuleOption(name = "style", description = "Which style.")
    String style = "full";
  }

  @Rule(id = "GHA902", name = "test-injection", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.ERROR, summary = "Has no options")
  public static final class Injection implements GitHubRule {}

  @Rule(id = "GHA903", name = "test-opinion", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.NOTE, enabledByDefault = false, summary = "Is off by default")
  public static final class Opinion implements GitHubRule {}

  static final RuleRegistry REGISTRY = new RuleRegistry(List.of(
      new RuleDescriptor(Pinning.class), new RuleDescriptor(Injection.class),
      new RuleDescriptor(Opinion.class)));

  static RuleDescriptor rule(String id) {
    return REGISTRY.find(id).orElseThrow();
  }
}
