package dev.plumbline.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String stdout, String stderr) {

  static CliRun in(Path workingDirectory, Map<String, String> env, String... args) {
    return withInput(new byte[0], workingDirectory, env, args);
  }

  /** A run with {@code stdin} as standard input. */
  static CliRun withInput(byte[] stdin, Path workingDirectory, Map<String, String> env,
      String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env, workingDirectory);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliRun in(Path workingDirectory, String... args) {
    return in(workingDirectory, Map.of(), args);
  }
}
