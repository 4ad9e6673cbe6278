package dev.plumbline.cli;

import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.score.ScoreModelDocs;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import java.util.stream.Stream;

@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Show a rule's documentation: what it flags, why it matters, how to fix it.",
        "'plumbline explain score' describes the maturity score: its items, weights and "
            + "evidence."})
final class ExplainCommand implements Callable<Integer> {

  private final Environment environment;

  /** The topic {@code explain} takes besides rule IDs and names. */
  static final String SCORE_TOPIC = "score";

  @Parameters(paramLabel = "RULE", description = "Rule ID or name, e.g. GHA004 or "
      + "script-injection; or 'score' for the maturity score.")
  String rule;

  ExplainCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (rule.equalsIgnoreCase(SCORE_TOPIC)) {
      environment.out().print("# Maturity score\n\n" + ScoreModelDocs.markdown());
      environment.out().flush();
      return 0;
    }
    RuleRegistry registry = RuleRegistry.load();
    RuleDescriptor descriptor = registry.find(rule).orElseThrow(() -> {
      List<String> known =
          registry.all().stream().flatMap(r -> Stream.of(r.id(), r.name())).toList();
      return new UserException("unknown rule '" + rule + "'" + Suggestions.didYouMean(rule, known)
          + " ('plumbline rules' lists them)");
    });
    PrintWriter out = environment.out();
    out.println(descriptor.docs().markdown().stripTrailing());
    out.println();
    out.println("Severity: " + (descriptor.enabledByDefault() ? descriptor.defaultSeverity().label()
        : "off by default") + " | Platform: " + descriptor.platform().displayName()
        + (descriptor.tags().isEmpty() ? "" : " | Tags: " + String.join(", ", descriptor.tags()))
        + " | " + descriptor.helpUri());
    out.flush();
    return 0;
  }
}
