package dev.plumbline.core.score;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.discovery.DiscoveryResult;
import dev.plumbline.core.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a repository: one engine run over the discovered files, with a {@link FactSource} as
 * its observer, then the items of the {@link MaturityModel} judged from the run's findings and
 * facts.
 */
public final class MaturityScore {

  private MaturityScore() {}

  /**
   * The rules a scoring run needs: those on by default and every rule an item reads, whatever
   * the configuration says (so that turning a rule off does not raise the score).
   */
  public static RuleSet ruleSet(RuleRegistry registry) {
    return RuleSet.defaults(registry, enabledIds(registry));
  }

  /** The registered rules the items name, a prefix such as {@code SEC*} for each of its rules. */
  private static List<String> enabledIds(RuleRegistry registry) {
    List<String> ids = new ArrayList<>();
    registry.all().forEach(d -> {
      if (MaturityModel.ruleIds().stream().anyMatch(p -> ScoreInput.matches(p, d.id()))) {
        ids.add(d.id());
      }
    });
    return ids;
  }

  /**
   * Lints the discovered files once, collecting facts on the way, and scores them.
   *
   * @param engine an engine with {@link #ruleSet}'s rules
   * @param facts  a fresh fact source for this run
   */
  public static Result run(Engine engine, DiscoveryResult discovery, FactSource facts) {
    LintResult lint = engine.run(discovery.files(), discovery.notifications(), facts);
    List<Fact> all = new ArrayList<>(facts.facts());
    all.addAll(FileNameFacts.of(discovery.files()));
    ScoreCard card = Scorer.score(MaturityModel.items(), new ScoreInput(all, lint.findings()));
    return new Result(lint, card);
  }

  /**
   * What a scoring run produced.
   *
   * @param lint the run's findings and notifications (notifications are for standard error)
   * @param card the score
   */
  public record Result(LintResult lint, ScoreCard card) {}
}
