package dev.plumbline.core.engine.config;

import dev.plumbline.core.engine.discovery.GitRepository;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the configuration file that applies to a scan root: the nearest {@code .plumbline.yml}
 * or {@code .plumbline.yaml} in the root's directory or above it, up to the repository root (the
 * nearest directory holding a {@code .git} directory or file) or, outside any repository, up to
 * the file system root. Looks at files only; reads none.
 */
public final class ConfigFinder {

  private ConfigFinder() {}

  /**
   * @param root        a file or directory to lint, absolute
   * @param displayBase the directory messages show paths relative to
   * @return the configuration file, if there is one
   * @throws ConfigException when one directory holds both {@code .plumbline.yml} and
   *                         {@code .plumbline.yaml}
   */
  public static Optional<Path> find(Path root, Path displayBase) {
    Path start = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(start) && start.getParent() != null) {
      start = start.getParent();
    }
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      List<Path> present = new ArrayList<>();
      for (String name : ConfigLoader.FILE_NAMES) {
        if (Files.isRegularFile(dir.resolve(name))) {
          present.add(dir.resolve(name));
        }
      }
      if (present.size() > 1) {
        throw new ConfigException(List.of(ConfigProblem.whole(display(present.get(1), displayBase),
            "both " + String.join(" and ", ConfigLoader.FILE_NAMES) + " are in "
                + display(dir, displayBase) + "; keep one of them")));
      }
      if (!present.isEmpty()) {
        return Optional.of(present.get(0));
      }
      if (GitRepository.isRoot(dir)) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * A path as messages show it: relative to the base directory ({@code .} for the base itself)
   * when inside it, else absolute; with {@code /} separators.
   */
  public static String display(Path path, Path base) {
    Path absolute = path.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    String shown = absolute.equals(b) ? "."
        : absolute.startsWith(b) ? b.relativize(absolute).toString() : absolute.toString();
    return File.separatorChar == '/' ? shown : shown.replace(File.separatorChar, '/');
  }
}
