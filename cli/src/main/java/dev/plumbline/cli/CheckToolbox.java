package dev.plumbline.cli;

import dev.plumbline.core.engine.config.Config;
import dev.plumbline.core.engine.external.Toolbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The external programs a check may run (ShellCheck): found on the environment's {@code PATH},
 * never among the scanned files nor beside the configuration file, which may have come with them.
 */
final class CheckToolbox {

  private CheckToolbox() {}

  /**
   * @param base    the working directory
   * @param scanned the paths to lint as given (relative to {@code base}); none for standard input
   * @param config  the configuration in force
   */
  static Toolbox of(Environment environment, Path base, List<Path> scanned, Config config) {
    List<Path> protectedDirectories = new ArrayList<>();
    for (Path p : scanned) {
      Path absolute = base.resolve(p).normalize();
      // a file named alone is protected with the directory it sits in
      Path directory = Files.isDirectory(absolute) ? absolute : absolute.getParent();
      if (directory != null) {
        protectedDirectories.add(directory);
      }
    }
    config.file().map(Path::toAbsolutePath).map(Path::getParent)
        .ifPresent(protectedDirectories::add);
    return Toolbox.fromPath(environment.variables().get("PATH"), protectedDirectories);
  }
}
