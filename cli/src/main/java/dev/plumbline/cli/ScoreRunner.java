package dev.plumbline.cli;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.config.Config;
import dev.plumbline.core.engine.discovery.DiscoveryResult;
import dev.plumbline.core.engine.discovery.FileDiscovery;
import dev.plumbline.core.report.TerminalText;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.score.MaturityScore;
import dev.plumbline.core.score.ScoreCard;
import dev.plumbline.core.score.report.ScoreReporter;
import dev.plumbline.core.score.report.ScoreReporters;
import dev.plumbline.rules.score.RepositoryFacts;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ParameterException;

/**
 * Runs {@code score}: discover the files as {@code check} does (the configuration's
 * {@code exclude} applies), lint them once while collecting the facts, score, write the reports,
 * and decide the exit status from {@code --min-score}.
 */
final class ScoreRunner {

  private final Environment environment;

  ScoreRunner(Environment environment) {
    this.environment = environment;
  }

  int run(ScoreCommand options) {
    if (options.minScore != null && (options.minScore < 0 || options.minScore > 100)) {
      throw new ParameterException(options.spec.commandLine(),
          "--min-score must be from 0 to 100, not " + options.minScore);
    }
    if (options.jobs != null && options.jobs < 1) {
      throw new ParameterException(options.spec.commandLine(), "--jobs must be at least 1");
    }
    List<OutputSpec> outputs = outputs(options);
    Path base = environment.workingDirectory();
    Path given = options.path == null ? Path.of(".") : options.path;
    Path root = base.resolve(given).normalize();
    if (!Files.exists(root)) {
      throw new UserException("no such file or directory: " + given);
    }
    RuleRegistry registry = RuleRegistry.load();
    Config config = ConfigResolver.resolve(Optional.empty(), List.of(given), base, registry);
    DiscoveryResult discovery;
    try {
      discovery = new FileDiscovery(config.exclude(), config.directory())
          .discover(List.of(root), base);
    } catch (NoSuchFileException e) {
      throw new UserException("no such file or directory: " + given);
    }
    int jobs = options.jobs == null ? Runtime.getRuntime().availableProcessors() : options.jobs;
    Engine engine = new Engine(MaturityScore.ruleSet(registry),
        new EngineOptions(jobs, EngineOptions.DEFAULT_MAX_FILE_BYTES));
    MaturityScore.Result result = MaturityScore.run(engine, discovery, new RepositoryFacts());
    for (Notification n : result.lint().notifications()) {
      environment.err().println(TerminalText.escape("plumbline: " + n.level().label() + ": "
          + n.path().map(p -> p + ": ").orElse("") + n.message()));
    }
    for (OutputSpec output : outputs) {
      write(output, result.card(), base, options.noColor);
    }
    return options.minScore != null && result.card().score() < options.minScore ? 1 : 0;
  }

  private static List<OutputSpec> outputs(ScoreCommand options) {
    List<OutputSpec> outputs = new ArrayList<>();
    for (String value : options.formats.isEmpty() ? List.of("console") : options.formats) {
      OutputSpec spec = OutputSpec.parse(value);
      if (!ScoreReporters.formatNames().contains(spec.format())) {
        throw new ParameterException(options.spec.commandLine(), "unknown format '"
            + spec.format() + "' (formats: " + String.join(", ", ScoreReporters.formatNames())
            + ")");
      }
      outputs.add(spec);
    }
    if (outputs.stream().filter(o -> o.file().isEmpty()).count() > 1) {
      throw new ParameterException(options.spec.commandLine(), "only one --format can write to "
          + "standard output; give the others a file: --format NAME=FILE");
    }
    return outputs;
  }

  private void write(OutputSpec output, ScoreCard card, Path base, boolean noColor) {
    boolean colour = output.file().isEmpty() && environment.colour(noColor);
    ScoreReporter reporter = ScoreReporters.forFormat(output.format(), colour);
    ReportOutput.write(output, base, environment, writer -> reporter.write(card, writer));
  }
}
