package dev.plumbline.core.engine.config;

import static dev.plumbline.core.engine.config.ConfigTestRules.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A configuration turned into the rules of each file. */
class ConfigRuleSetTest {

  private static final Path REPO = Path.of("/repo").toAbsolutePath();

  private static RuleSet ruleSet(String yaml) {
    Config config = new ConfigLoader(ConfigTestRules.REGISTRY)
        .parse(SourceFile.of(".plumbline.yml", yaml), REPO.resolve(".plumbline.yml"));
    return config.ruleSet(ConfigTestRules.REGISTRY);
  }

  private static List<String> active(RuleSet rules, String file) {
    return rules.forFile(REPO.resolve(file)).active().stream().map(RuleDescriptor::id).toList();
  }

  @Test
  void withoutAConfigurationTheDefaultsApply() {
    RuleSet rules = Config.defaults(REPO).ruleSet(ConfigTestRules.REGISTRY);

    assertThat(active(rules, "ci.yml")).containsExactly("GHA901", "GHA902");
    assertThat(rules.severity(rule("GHA901"))).isEqualTo(Severity.WARNING);
    assertThat(rules.configuredSeverity(rule("GHA901"))).isEmpty();
  }

  @Test
  void topLevelSettingsTurnRulesOffOnAndSetSeverityAndOptions() {
    RuleSet rules = ruleSet("""
        rules:
          test-injection: off
          GHA903: error
          GHA901: {options: {style: short}}
        """);

    assertThat(active(rules, "ci.yml")).containsExactly("GHA901", "GHA903");
    RuleSet file = rules.forFile(REPO.resolve("ci.yml"));
    assertThat(file.configuredSeverity(rule("GHA903"))).contains(Severity.ERROR);
    assertThat(file.configuredSeverity(rule("GHA901"))).isEmpty();
    assertThat(file.options(rule("GHA901"))).isEqualTo(Map.of("style", "short"));
  }

  @Test
  void overridesApplyToMatchingFilesAndLaterOnesWin() {
    RuleSet rules = ruleSet("""
        rules:
          GHA901: {severity: error, options: {style: short, strict: true}}
        overrides:
          - files: [legacy/]
            rules:
              GHA901: off
              GHA902: note
          - files: ["legacy/new/**"]
            rules:
              GHA901: {severity: warning, options: {strict: false}}
        """);

    assertThat(active(rules, "ci.yml")).containsExactly("GHA901", "GHA902");
    assertThat(active(rules, "legacy/ci.yml")).containsExactly("GHA902");
    assertThat(active(rules, "a/legacy/ci.yml")).as("legacy/ matches at any depth")
        .containsExactly("GHA902");
    assertThat(active(rules, "legacy/new/ci.yml")).containsExactly("GHA901", "GHA902");

    RuleSet newer = rules.forFile(REPO.resolve("legacy/new/ci.yml"));
    assertThat(newer.configuredSeverity(rule("GHA901"))).contains(Severity.WARNING);
    assertThat(newer.configuredSeverity(rule("GHA902"))).contains(Severity.NOTE);
    assertThat(newer.options(rule("GHA901")))
        .isEqualTo(Map.of("style", "short", "strict", false));
    assertThat(rules.forFile(REPO.resolve("ci.yml")).configuredSeverity(rule("GHA902")))
        .isEmpty();
  }

  @Test
  void overridePatternsAreRelativeToTheConfigurationsDirectory() {
    RuleSet rules = ruleSet("""
        overrides:
          - files: [/ci.yml, "docs/*.yml", "!docs/keep.yml"]
            rules: {GHA902: off}
        """);

    assertThat(active(rules, "ci.yml")).containsExactly("GHA901");
    assertThat(active(rules, "sub/ci.yml")).as("anchored with /")
        .containsExactly("GHA901", "GHA902");
    assertThat(active(rules, "docs/a.yml")).containsExactly("GHA901");
    assertThat(active(rules, "docs/keep.yml")).containsExactly("GHA901", "GHA902");
    assertThat(rules.forFile(REPO.resolveSibling("elsewhere/ci.yml")).active())
        .as("outside the directory").extracting(RuleDescriptor::id)
        .containsExactly("GHA901", "GHA902");
  }

  @Test
  void theRulesThatRanIncludeRulesOnlyAnOverrideTurnsOn() {
    RuleSet rules = ruleSet("""
        rules:
          GHA902: off
        overrides:
          - files: [experimental/]
            rules: {GHA903: warning}
        """);

    assertThat(rules.active()).extracting(RuleDescriptor::id).containsExactly("GHA901", "GHA903");
    assertThat(active(rules, "ci.yml")).containsExactly("GHA901");
  }

  @Test
  void pathGlobsMatchLikeAGitignoreInTheirDirectory() {
    PathGlobs globs = new PathGlobs(REPO, List.of("build/", "*.gen.yml", "/top.yml"));

    assertThat(globs.test(REPO.resolve("build/x/ci.yml"))).isTrue();
    assertThat(globs.test(REPO.resolve("a/b.gen.yml"))).isTrue();
    assertThat(globs.test(REPO.resolve("top.yml"))).isTrue();
    assertThat(globs.test(REPO.resolve("a/top.yml"))).isFalse();
    assertThat(globs.test(REPO.resolve("build.yml"))).isFalse();
    assertThat(globs.test(REPO)).isFalse();
    assertThat(globs.test(REPO.resolveSibling("other/build/x.yml"))).isFalse();
  }
}
