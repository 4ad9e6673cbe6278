package dev.plumbline.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the commands may touch of the outside: the output streams, the environment variables, the
 * working directory (paths are resolved and shown relative to it), whether standard output is
 * a terminal, and standard input (read only for the path {@code -}).
 */
record Environment(PrintWriter out, PrintWriter err, Map<String, String> variables,
    Path workingDirectory, boolean stdoutIsTerminal, InputStream in) {

  /** An environment with an empty standard input. */
  Environment(PrintWriter out, PrintWriter err, Map<String, String> variables,
      Path workingDirectory, boolean stdoutIsTerminal) {
    this(out, err, variables, workingDirectory, stdoutIsTerminal, InputStream.nullInputStream());
  }

  /** Colour only on a terminal, never with {@code --no-color}, {@code NO_COLOR} or a dumb terminal. */
  boolean colour(boolean noColorOption) {
    String noColor = variables.get("NO_COLOR");
    return !noColorOption && stdoutIsTerminal && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(variables.get("TERM"));
  }
}
