package dev.plumbline.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@code --format NAME[=FILE]}: a report format and where it goes (standard output when no
 * file is given).
 */
record OutputSpec(String format, Optional<Path> file) {

  static OutputSpec parse(String value) {
    int eq = value.indexOf('=');
    if (eq < 0) {
      return new OutputSpec(value.trim(), Optional.empty());
    }
    String file = value.substring(eq + 1);
    return new OutputSpec(value.substring(0, eq).trim(),
        file.isBlank() ? Optional.empty() : Optional.of(Path.of(file)));
  }
}
