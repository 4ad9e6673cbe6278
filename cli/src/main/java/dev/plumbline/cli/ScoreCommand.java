package dev.plumbline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score a repository's DevOps maturity from 0 to 100: a checklist of "
        + "production-readiness items in five weighted areas (CI/CD automation 30%%, "
        + "infrastructure as code 25%%, deployment strategy 20%%, container security 15%%, "
        + "secrets management 10%%), each judged from what the files show.",
        "Exit status: 0, or 1 when the score is below --min-score; 2 usage, configuration or "
            + "I/O error. 'plumbline explain score' describes every item."})
final class ScoreCommand implements Callable<Integer> {

  private final Environment environment;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..1",
      description = "The repository (or a directory of it) to score (default: .).")
  Path path;

  @Option(names = "--format", paramLabel = "NAME[=FILE]",
      description = "Output format: console (default), json, markdown or html (a "
          + "self-contained page). Repeatable; with =FILE the report goes to FILE instead of "
          + "standard output.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--min-score", paramLabel = "N",
      description = "Exit with 1 when the score is below N (0-100).")
  Integer minScore;

  @Option(names = "--no-color", description = "Never colour the output (also: NO_COLOR=1).")
  boolean noColor;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Files linted in parallel (default: the number of processors).")
  Integer jobs;

  ScoreCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    return new ScoreRunner(environment).run(this);
  }
}
