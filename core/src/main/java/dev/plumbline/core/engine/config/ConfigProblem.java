package dev.plumbline.core.engine.config;

import dev.plumbline.core.source.Position;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a configuration file.
 *
 * @param file     the file as shown to the user
 * @param position where in it; empty when the file as a whole is the problem (cannot be read)
 * @param message  what is wrong, in one sentence
 */
public record ConfigProblem(String file, Optional<Position> position, String message) {

  /** By position, problems without one first; a stable sort keeps the order found. */
  static final Comparator<ConfigProblem> ORDER = Comparator.comparing(
      (ConfigProblem p) -> p.position().map(Position::offset).orElse(-1));

  public ConfigProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  static ConfigProblem at(String file, Position position, String message) {
    return new ConfigProblem(file, Optional.of(position), message);
  }

  static ConfigProblem whole(String file, String message) {
    return new ConfigProblem(file, Optional.empty(), message);
  }

  /** {@code path:line:column: message}, or {@code path: message} without a position. */
  @Override
  public String toString() {
    return file + position.map(p -> ":" + p.line() + ":" + p.column()).orElse("") + ": "
        + message;
  }
}
