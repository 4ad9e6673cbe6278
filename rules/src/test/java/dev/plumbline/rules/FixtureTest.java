package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.external.Toolbox;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.Expectation;
import dev.plumbline.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture and compares its findings with the {@code # expect:} markers in it: the
 * multiset of (line, rule, suppressed) must match exactly, and columns and message fragments
 * where given. A rule that needs an external program (SH011, shellcheck) is tested with the
 * programs of this machine, and skipped where its program is missing (see {@link InstalledTools});
 * the other rules' fixtures run with no external program, as the rules do by default.
 */
class FixtureTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  static Stream<Fixture> fixtures() {
    return Fixture.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findingsMatchExpectations(Fixture fixture) {
    SourceFile file = fixture.read();
    RuleDescriptor rule = REGISTRY.find(fixture.ruleId()).orElseThrow();
    Toolbox tools = Toolbox.none();
    if (InstalledTools.needsTool(rule)) {
      InstalledTools.assumeAvailable(rule);
      tools = InstalledTools.toolbox();
    }
    Engine engine = new Engine(RuleSet.defaults(REGISTRY, List.of(fixture.ruleId())),
        new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES), tools);
    Engine.FileOutcome outcome = engine.lint(file, fixture.kind(), fixture.path());
    List<Expectation> expected = Expectation.parse(file, fixture.comments(file));

    assertThat(outcome.notifications()).as("notifications").filteredOn(Notification::isInternalError)
        .isEmpty();
    if (fixture.bad()) {
      assertThat(expected).as("a bad fixture expects at least one %s finding", fixture.ruleId())
          .anyMatch(e -> e.ruleId().equals(fixture.ruleId()));
    } else {
      assertThat(expected).as("a good fixture expects no findings, only suppressed ones")
          .allMatch(Expectation::suppressed);
    }
    compare(file, expected, outcome.findings());
  }

  private static void compare(SourceFile file, List<Expectation> expected, List<Finding> actual) {
    List<Finding> unmatched = new ArrayList<>(actual);
    List<String> problems = new ArrayList<>();
    for (Expectation e : expected) {
      Finding match = unmatched.stream()
          .filter(f -> f.span().start().line() == e.line() && f.ruleId().equals(e.ruleId()))
          .filter(f -> f.isSuppressed() == e.suppressed())
          .filter(f -> e.column().isEmpty() || f.span().start().column() == e.column().getAsInt())
          .filter(f -> e.messageFragment().isEmpty() || f.message().contains(e.messageFragment().get()))
          .findFirst().orElse(null);
      if (match == null) {
        problems.add("missing   " + e.line() + ": " + e.ruleId()
            + e.column().stream().mapToObj(c -> " @" + c).findFirst().orElse("")
            + e.messageFragment().map(m -> " \"" + m + "\"").orElse("")
            + (e.suppressed() ? " suppressed" : "")
            + "    | " + file.lineText(e.line()).strip());
      } else {
        unmatched.remove(match);
      }
    }
    for (Finding f : unmatched) {
      problems.add("unexpected " + f.span().start() + ": " + f.ruleId()
          + (f.isSuppressed() ? " (suppressed)" : "") + " " + f.message()
          + "    | " + file.lineText(f.span().start().line()).strip());
    }
    if (!problems.isEmpty()) {
      fail(file.path() + ":\n  " + String.join("\n  ", problems));
    }
  }
}
