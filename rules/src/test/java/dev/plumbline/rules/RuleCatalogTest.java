package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule is complete: docs, a bad fixture that fires, and a good fixture. */
class RuleCatalogTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  static Stream<RuleDescriptor> rules() {
    return REGISTRY.all().stream();
  }

  @Test
  void rulesAreDiscovered() {
    assertThat(REGISTRY.all()).extracting(RuleDescriptor::id)
        .contains("GHA000", "GHA001", "GHA002", "GHA004", "GHA006", "GHA008", "GHA012");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void ruleHasDocs(RuleDescriptor rule) {
    assertThat(rule.docs().isPresent()).as("docs/%s.md exists", rule.id()).isTrue();
    assertThat(rule.docs().markdown()).as("docs title")
        .startsWith("# " + rule.id() + " " + rule.name() + "\n");
    assertThat(rule.docs().description()).as("docs first paragraph").isNotBlank();
    assertThat(rule.docs().markdown()).as("docs sections").contains("## Example", "## How to fix");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void ruleHasBadAndGoodFixtures(RuleDescriptor rule) {
    List<Fixture> fixtures = Fixture.all().stream()
        .filter(f -> f.ruleId().equals(rule.id())).toList();
    assertThat(fixtures).as("bad fixtures of %s", rule.id()).anyMatch(Fixture::bad);
    assertThat(fixtures).as("good fixtures of %s", rule.id()).anyMatch(f -> !f.bad());
  }
}
