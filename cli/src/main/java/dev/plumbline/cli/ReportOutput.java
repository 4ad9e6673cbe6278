package dev.plumbline.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one report where its {@link OutputSpec} says: standard output, or a file. */
final class ReportOutput {

  /** What writes the report's text. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer writer) throws IOException;
  }

  private ReportOutput() {}

  /**
   * Writes {@code body} to standard output, or to the spec's file resolved against {@code base}
   * (its directories created).
   *
   * @throws UserException when the file cannot be written
   */
  static void write(OutputSpec output, Path base, Environment environment, Body body) {
    try {
      if (output.file().isEmpty()) {
        body.writeTo(environment.out());
        environment.out().flush();
        return;
      }
      Path file = base.resolve(output.file().get());
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        body.writeTo(writer);
      }
    } catch (IOException e) {
      throw new UserException("cannot write the " + output.format() + " report"
          + output.file().map(f -> " to " + f).orElse("") + ": " + e.getMessage());
    }
  }
}
