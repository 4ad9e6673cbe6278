package dev.plumbline.cli;

import dev.plumbline.core.engine.config.Config;
import dev.plumbline.core.engine.config.ConfigFinder;
import dev.plumbline.core.engine.config.ConfigLoader;
import dev.plumbline.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration of a {@code check} run: the file named by {@code --config}, or the one found
 * from the scan roots upward (all roots must find the same one), or the defaults when there is
 * none. A configuration with problems throws a
 * {@link dev.plumbline.core.engine.config.ConfigException}.
 */
final class ConfigResolver {

  private ConfigResolver() {}

  /**
   * @param explicit the {@code --config} value, as given
   * @param roots    the paths to lint, as given
   * @param base     the working directory
   */
  static Config resolve(Optional<Path> explicit, List<Path> roots, Path base,
      RuleRegistry registry) {
    Optional<Path> file = explicit.isPresent() ? Optional.of(explicitFile(explicit.get(), base))
        : found(roots, base);
    return file.map(f -> new ConfigLoader(registry).load(f, ConfigFinder.display(f, base)))
        .orElseGet(() -> Config.defaults(base));
  }

  private static Path explicitFile(Path given, Path base) {
    Path file = base.resolve(given).normalize();
    if (!Files.exists(file)) {
      throw new UserException("no such configuration file: " + given);
    }
    if (Files.isDirectory(file)) {
      throw new UserException("--config needs a file, not the directory " + given);
    }
    return file;
  }

  /** The configuration file the roots share, if any. */
  private static Optional<Path> found(List<Path> roots, Path base) {
    Map<Optional<Path>, Path> rootByConfig = new LinkedHashMap<>();
    for (Path root : roots) {
      rootByConfig.putIfAbsent(ConfigFinder.find(base.resolve(root).normalize(), base), root);
    }
    if (rootByConfig.size() > 1) {
      List<Map.Entry<Optional<Path>, Path>> first = List.copyOf(rootByConfig.entrySet());
      throw new UserException(first.get(0).getValue() + " and " + first.get(1).getValue()
          + " have different configuration files (" + shown(first.get(0).getKey(), base)
          + " and " + shown(first.get(1).getKey(), base) + "); lint them separately or choose "
          + "one with --config FILE");
    }
    return rootByConfig.keySet().iterator().next();
  }

  private static String shown(Optional<Path> config, Path base) {
    return config.map(c -> ConfigFinder.display(c, base)).orElse("none");
  }
}
