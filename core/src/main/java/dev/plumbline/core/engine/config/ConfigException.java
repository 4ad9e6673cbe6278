package dev.plumbline.core.engine.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration that cannot be used: every problem found in the file, in order. Callers print
 * each problem on its own line and stop (exit status 2).
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")),
        null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a configuration error needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }
}
