package dev.plumbline.cli;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.Limits;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.config.Config;
import dev.plumbline.core.engine.config.FailOn;
import dev.plumbline.core.engine.config.LimitSetting;
import dev.plumbline.core.engine.discovery.DiscoveryResult;
import dev.plumbline.core.engine.discovery.FileDiscovery;
import dev.plumbline.core.report.ReportContext;
import dev.plumbline.core.report.Reporter;
import dev.plumbline.core.report.Reporters;
import dev.plumbline.core.report.TerminalText;
import dev.plumbline.core.rule.RuleRegistry;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import picocli.CommandLine.ParameterException;
import java.util.Locale;

/** Runs {@code check}: discover, lint, report, and decide the exit status. */
final class CheckRunner {

  private final Environment environment;

  CheckRunner(Environment environment) {
    this.environment = environment;
  }

  int run(CheckOptions options) {
    Optional<FailOn> failOnFlag = failOn(options);
    OptionalLong maxFileSize = maxFileSize(options);
    List<OutputSpec> outputs = outputs(options);
    int jobs = options.jobs == null ? Runtime.getRuntime().availableProcessors() : options.jobs;
    if (jobs < 1) {
      throw new ParameterException(options.spec.commandLine(), "--jobs must be at least 1");
    }

    Path base = environment.workingDirectory();
    Optional<StdinInput> stdin = StdinInput.of(options, base);
    BaselineStep baseline = BaselineStep.prepare(options.baseline, options.writeBaseline, base);
    List<Path> given = stdin.isPresent() ? List.of()
        : options.paths.isEmpty() ? List.of(Path.of(".")) : options.paths;
    RuleRegistry registry = RuleRegistry.load();
    // standard input takes the configuration of the file it stands for
    Config config = ConfigResolver.resolve(Optional.ofNullable(options.config),
        stdin.isPresent() ? List.of(options.stdinFilename) : given, base, registry);
    FailOn threshold = failOnFlag.or(config::failOn).orElse(FailOn.DEFAULT);
    Limits limits = maxFileSize.isPresent()
        ? config.limits().withMaxFileBytes(maxFileSize.getAsLong()) : config.limits();
    Engine engine = new Engine(config.ruleSet(registry), new EngineOptions(jobs, limits),
        CheckToolbox.of(environment, base, given, config));
    FixStep.check(options.fix, stdin);
    Supplier<LintResult> lint = () -> {
      if (stdin.isPresent()) {
        return baseline.apply(stdin.get().lint(engine, environment.in()));
      }
      DiscoveryResult discovery = discover(given, base, config, options.excludes, limits);
      return baseline.apply(engine.run(discovery.files(), discovery.notifications()));
    };
    LintResult result = lint.get();
    if (options.fix) {
      result = FixStep.run(result, base, environment.err(), lint);
    }

    for (Notification n : result.notifications()) {
      // paths and messages can come from scanned files: never let them drive the terminal
      environment.err().println(TerminalText.escape("plumbline: " + n.level().label() + ": "
          + n.path().map(p -> p + ": ").orElse("") + n.message()));
    }
    for (OutputSpec output : outputs) {
      write(output, result, base, options);
    }
    return !baseline.acceptsFindings() && threshold.failsOn(result.findings()) ? 1 : 0;
  }

  private static DiscoveryResult discover(List<Path> given, Path base, Config config,
      List<String> extraExcludes, Limits limits) {
    List<Path> roots = new ArrayList<>();
    for (Path p : given) {
      roots.add(base.resolve(p).normalize());
    }
    List<String> excludes = new ArrayList<>(config.exclude());
    for (String pattern : extraExcludes) {
      excludes.add(ExcludePatterns.rebase(pattern, base, config.directory()));
    }
    try {
      return new FileDiscovery(excludes, config.directory(), limits.maxFiles())
          .discover(roots, base);
    } catch (NoSuchFileException e) {
      // name the path as the user wrote it
      String missing = given.stream()
          .filter(p -> base.resolve(p).normalize().toString().equals(e.getFile()))
          .map(Path::toString).findFirst().orElse(e.getFile());
      throw new UserException("no such file or directory: " + missing);
    }
  }

  /** The {@code --max-file-size} value in bytes, if given. */
  private static OptionalLong maxFileSize(CheckOptions options) {
    if (options.maxFileSize == null) {
      return OptionalLong.empty();
    }
    OptionalLong size = LimitSetting.MAX_FILE_SIZE.parse(options.maxFileSize);
    if (size.isEmpty()) {
      throw new ParameterException(options.spec.commandLine(), "--max-file-size must be "
          + LimitSetting.MAX_FILE_SIZE.expected() + ", not '" + options.maxFileSize + "'");
    }
    return size;
  }

  /** The {@code --fail-on} value, if given. */
  private static Optional<FailOn> failOn(CheckOptions options) {
    if (options.failOn == null) {
      return Optional.empty();
    }
    Optional<FailOn> value = FailOn.fromLabel(options.failOn.trim().toLowerCase(Locale.ROOT));
    if (value.isEmpty()) {
      throw new ParameterException(options.spec.commandLine(), "--fail-on must be one of "
          + String.join(", ", FailOn.labels()) + ", not '" + options.failOn + "'");
    }
    return value;
  }

  private static List<OutputSpec> outputs(CheckOptions options) {
    List<OutputSpec> outputs = new ArrayList<>();
    for (String value : options.formats.isEmpty() ? List.of("console") : options.formats) {
      OutputSpec spec = OutputSpec.parse(value);
      if (!Reporters.formatNames().contains(spec.format())) {
        throw new ParameterException(options.spec.commandLine(), "unknown format '"
            + spec.format() + "' (formats: " + String.join(", ", Reporters.formatNames()) + ")");
      }
      outputs.add(spec);
    }
    if (outputs.stream().filter(o -> o.file().isEmpty()).count() > 1) {
      throw new ParameterException(options.spec.commandLine(), "only one --format can write to "
          + "standard output; give the others a file: --format NAME=FILE");
    }
    return outputs;
  }

  private void write(OutputSpec output, LintResult result, Path base, CheckOptions options) {
    Reporter reporter = Reporters.forFormat(output.format());
    boolean colour = output.file().isEmpty() && environment.colour(options.noColor);
    ReportContext context = new ReportContext(result, Version.VALUE,
        Optional.of(base.toUri()), colour);
    ReportOutput.write(output, base, environment, writer -> reporter.write(context, writer));
  }
}
