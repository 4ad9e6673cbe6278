package dev.plumbline.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.OptionDescriptor;
import dev.plumbline.core.rule.OptionType;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  /** Reports every step, at NOTE for steps named in its option. */
  @Rule(id = "GHA901", name = "every-step", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.WARNING, summary = "Reports every step")
  public static final class EveryStep implements GitHubRule {
    @RuleOption(name = "quiet-steps", description = "Steps reported as notes.")
    List<String> quietSteps = List.of("quiet");

    @RuleOption(name = "prefix", description = "Message prefix.")
    String prefix = "step";

    @Override
    public void visitStep(Step step, RuleContext ctx) {
      Severity severity = quietSteps.contains(step.label()) ? Severity.NOTE : Severity.WARNING;
      ctx.report(severity, step.anchorSpan(), prefix + " " + step.label(), null);
    }
  }

  @Rule(id = "GHA902", name = "off-by-default", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.NOTE, summary = "Off unless enabled", enabledByDefault = false)
  public static final class OffByDefault implements GitHubRule {}

  /** An option of a type rules cannot have. */
  @Rule(id = "GHA903", name = "bad-option", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.NOTE, summary = "Declares an unsupported option")
  public static final class BadOption implements GitHubRule {
    @RuleOption(name = "ratio", description = "A double.")
    double ratio = 0.5;
  }

  private static final RuleDescriptor EVERY_STEP = new RuleDescriptor(EveryStep.class);
  private static final RuleDescriptor OFF = new RuleDescriptor(OffByDefault.class);
  private static final RuleRegistry REGISTRY = new RuleRegistry(List.of(EVERY_STEP, OFF));

  private static final String WORKFLOW = """
      on: push
      jobs:
        a:
          runs-on: x
          steps:
            - name: quiet
              run: one
            - name: loud
              run: two
      """;

  private static List<String> lint(RuleSet rules) {
    return new Engine(rules, new EngineOptions(1, 1 << 20))
        .lint(SourceFile.of("w.yml", WORKFLOW), FileKind.GITHUB_WORKFLOW, Path.of("/repo/w.yml"))
        .findings().stream().map(f -> f.severity().label() + " " + f.message()).toList();
  }

  @Test
  void optionsAreReadFromTheAnnotatedFieldsWithTheirDefaults() {
    assertThat(EVERY_STEP.options()).extracting(OptionDescriptor::name, OptionDescriptor::type,
        OptionDescriptor::defaultValue).containsExactly(
            org.assertj.core.groups.Tuple.tuple("prefix", OptionType.STRING, "step"),
            org.assertj.core.groups.Tuple.tuple("quiet-steps", OptionType.STRING_LIST,
                List.of("quiet")));
    assertThatThrownBy(() -> new RuleDescriptor(BadOption.class).options())
        .hasMessageContaining("must be a String, boolean, int or List<String>");
  }

  @Test
  void defaultsRunTheRuleWithItsOwnSeveritiesAndOptions() {
    assertThat(lint(RuleSet.defaults(REGISTRY))).containsExactly("note step quiet",
        "warning step loud");
    assertThat(RuleSet.defaults(REGISTRY).active()).containsExactly(EVERY_STEP);
  }

  @Test
  void configuredOptionsReachTheRuleInstance() {
    RuleSet rules = RuleSet.builder(REGISTRY).configure(EVERY_STEP,
        RuleConfig.options(Map.of("quiet-steps", List.of("loud"), "prefix", "job step"))).build();
    assertThat(lint(rules)).containsExactly("warning job step quiet", "note job step loud");
  }

  @Test
  void aConfiguredSeverityAppliesToEveryFindingOfTheRule() {
    RuleSet rules = RuleSet.builder(REGISTRY)
        .configure(EVERY_STEP, RuleConfig.severity(Severity.ERROR)).build();
    assertThat(lint(rules)).containsExactly("error step quiet", "error step loud");
  }

  @Test
  void aSeverityTurnsOnAnOffByDefaultRuleAndOffTurnsARuleOff() {
    RuleSet rules = RuleSet.builder(REGISTRY)
        .configure(OFF, RuleConfig.severity(Severity.WARNING))
        .configure(EVERY_STEP, RuleConfig.off()).build();
    assertThat(rules.active()).containsExactly(OFF);
    assertThat(rules.severity(OFF)).isEqualTo(Severity.WARNING);
  }

  @Test
  void pathOverridesLayerOverTheRunConfigurationInOrder() {
    RuleSet rules = RuleSet.builder(REGISTRY)
        .configure(EVERY_STEP, RuleConfig.options(Map.of("prefix", "base")))
        .override(new RuleSet.PathOverride(p -> p.startsWith("/repo/legacy"),
            Map.of("GHA901", RuleConfig.off())))
        .override(new RuleSet.PathOverride(p -> p.startsWith("/repo/legacy/kept"),
            Map.of("GHA901", new RuleConfig(Optional.of(true), Optional.of(Severity.ERROR),
                Map.of()))))
        .build();
    assertThat(rules.forFile(Path.of("/repo/app/w.yml")).active()).containsExactly(EVERY_STEP);
    assertThat(rules.forFile(Path.of("/repo/legacy/w.yml")).active()).isEmpty();
    RuleSet kept = rules.forFile(Path.of("/repo/legacy/kept/w.yml"));
    assertThat(kept.active()).containsExactly(EVERY_STEP);
    assertThat(kept.severity(EVERY_STEP)).isEqualTo(Severity.ERROR);
    assertThat(kept.options(EVERY_STEP)).as("options are inherited").containsEntry("prefix",
        "base");
    assertThat(rules.active()).as("a rule active for some file is listed as having run")
        .containsExactly(EVERY_STEP);
    assertThat(rules.forFile(Path.of("/repo/legacy/a.yml")))
        .as("resolved sets are shared between files with the same overrides")
        .isSameAs(rules.forFile(Path.of("/repo/legacy/b.yml")));
  }

  @Test
  void findingsOfAFileUseItsOverrides() {
    RuleSet rules = RuleSet.builder(REGISTRY)
        .override(new RuleSet.PathOverride(p -> p.toString().endsWith("w.yml"),
            Map.of("GHA901", RuleConfig.severity(Severity.ERROR))))
        .build();
    List<Finding> findings = new Engine(rules, new EngineOptions(1, 1 << 20))
        .lint(SourceFile.of("w.yml", WORKFLOW), FileKind.GITHUB_WORKFLOW, Path.of("/repo/w.yml"))
        .findings();
    assertThat(findings).extracting(Finding::severity).containsOnly(Severity.ERROR);
  }
}
