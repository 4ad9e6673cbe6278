package dev.plumbline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check",
    mixinStandardHelpOptions = true,
    description = {"Lint files and directories (the default command).",
        "Directories are searched recursively; .gitignore is honoured and .git, node_modules,",
        ".terraform and similar directories are skipped. Files named explicitly are always linted."})
final class CheckCommand implements Callable<Integer> {

  private final Environment environment;

  @Mixin
  CheckOptions options;

  CheckCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    return new CheckRunner(environment).run(options);
  }
}
