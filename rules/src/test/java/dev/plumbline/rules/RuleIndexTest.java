package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.LintRule;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleMetadata;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.SuppressionRule;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.rule.TextRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule index the annotation processor writes says of every rule what its class says: the
 * engine picks the rules of a file from the index, before any rule class is loaded.
 */
class RuleIndexTest {

  private static final List<Class<? extends LintRule>> RULE_INTERFACES = List.of(
      GitHubRule.class, GitLabRule.class, DockerfileRule.class, KubernetesRule.class,
      TerraformRule.class, ScriptRule.class, SuppressionRule.class, TextRule.class);

  static Stream<RuleDescriptor> rules() {
    return RuleRegistry.load().all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void indexedMetadataIsTheAnnotations(RuleDescriptor rule) {
    Rule annotation = rule.type().getAnnotation(Rule.class);

    assertThat(RuleMetadata.of(annotation)).isEqualTo(new RuleMetadata(rule.id(), rule.name(),
        rule.platform(), rule.defaultSeverity(), rule.summary(), rule.tags(),
        rule.securitySeverity().orElse(-1), rule.enabledByDefault(), rule.since()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void indexedRuleInterfacesAreTheClasses(RuleDescriptor rule) {
    for (Class<? extends LintRule> visitor : RULE_INTERFACES) {
      assertThat(rule.visits(visitor)).as(visitor.getSimpleName())
          .isEqualTo(visitor.isAssignableFrom(rule.type()));
    }
  }
}
