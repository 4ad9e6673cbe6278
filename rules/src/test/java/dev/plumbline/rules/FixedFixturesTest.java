package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.external.Toolbox;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.rule.FixApplier;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixes of the rules that offer them, applied to their bad fixtures: every fix, safe or not,
 * round after round until none is left (overlapping fixes wait for the next round). The result
 * must still parse (no GHA000), and every finding of the rule still there must be one the rule
 * offers no fix for.
 */
class FixedFixturesTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();
  private static final Set<String> FIXING_RULES = Set.of("GHA004", "GHA006", "GHA007");
  private static final int MAX_ROUNDS = 10;

  static Stream<Fixture> badFixtures() {
    return Fixture.all().stream().filter(f -> f.bad() && FIXING_RULES.contains(f.ruleId()));
  }

  private static List<Finding> lint(Fixture fixture, SourceFile file) {
    Engine engine = new Engine(RuleSet.defaults(REGISTRY, List.of(fixture.ruleId())),
        new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES), Toolbox.none());
    return engine.lint(file, fixture.kind(), fixture.path()).findings();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFixtures")
  void fixedFixtureParsesAndKeepsOnlyUnfixableFindings(Fixture fixture) {
    SourceFile file = fixture.read();
    int applied = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Fix> fixes = lint(fixture, file).stream()
          .filter(f -> f.ruleId().equals(fixture.ruleId()) && !f.fixes().isEmpty())
          .map(f -> f.fixes().get(0)).toList();
      if (fixes.isEmpty()) {
        break;
      }
      FixApplier.Outcome outcome = FixApplier.apply(file.text(), fixes);
      assertThat(outcome.applied()).as("round %d applies a fix", round).isNotEmpty();
      applied += outcome.applied().size();
      file = SourceFile.of(file.path(), outcome.text());
    }
    List<Finding> after = lint(fixture, file);
    String text = file.text();
    assertThat(after).as("parses after %d fixes:%n%s", applied, text)
        .noneMatch(f -> f.ruleId().endsWith("000"));
    assertThat(after).as("only findings without a fix are left:%n%s", text)
        .filteredOn(f -> f.ruleId().equals(fixture.ruleId()))
        .allMatch(f -> f.fixes().isEmpty());
    if (List.of("GHA004", "GHA007").contains(fixture.ruleId())
        || fixture.path().endsWith("bad-no-permissions.yml")) {
      assertThat(applied).as("fixes applied").isPositive();
    }
  }
}
