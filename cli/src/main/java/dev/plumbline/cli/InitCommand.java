package dev.plumbline.cli;

import dev.plumbline.core.engine.config.ConfigFinder;
import dev.plumbline.core.engine.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Write a commented starter configuration, .plumbline.yml, into a directory.")
final class InitCommand implements Callable<Integer> {

  private final Environment environment;

  @Option(names = "--force", description = "Overwrite an existing configuration file.")
  boolean force;

  @Parameters(paramLabel = "DIR", arity = "0..1",
      description = "Where to write it (default: the current directory).")
  Path directory;

  InitCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Path base = environment.workingDirectory();
    Path dir = base.resolve(directory == null ? Path.of(".") : directory).normalize();
    if (!Files.isDirectory(dir)) {
      throw new UserException("no such directory: " + directory);
    }
    Path target = existing(dir);
    String shown = ConfigFinder.display(target, base);
    if (Files.exists(target) && !force) {
      throw new UserException(shown + " already exists; pass --force to overwrite it");
    }
    try {
      Files.writeString(target, StarterConfig.TEXT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException("cannot write " + shown + ": " + e.getMessage());
    }
    environment.out().println("Wrote " + shown + ".");
    environment.out().flush();
    return 0;
  }

  /** The configuration file already in the directory, else the one to create. */
  private static Path existing(Path dir) {
    for (String name : ConfigLoader.FILE_NAMES) {
      if (Files.exists(dir.resolve(name))) {
        return dir.resolve(name);
      }
    }
    return dir.resolve(ConfigLoader.FILE_NAMES.get(0));
  }
}
