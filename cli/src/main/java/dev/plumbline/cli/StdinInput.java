package dev.plumbline.cli;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.discovery.ClaimedFile;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The path {@code -} with {@code --stdin-filename PATH}: standard input linted as if it were the
 * file PATH (relative to the working directory), for editors and pipes. PATH decides how the
 * text is classified, which configuration applies and how findings name the file; no file is
 * read there.
 */
final class StdinInput {

  /** The path operand that means standard input. */
  static final Path DASH = Path.of("-");

  private final DiscoveredFile file;

  private StdinInput(DiscoveredFile file) {
    this.file = file;
  }

  /**
   * The standard input to lint, when the paths are {@code -}; empty when they do not mention
   * it.
   *
   * @throws ParameterException for {@code -} without {@code --stdin-filename}, the option
   *                            without {@code -}, or {@code -} among other paths
   */
  static Optional<StdinInput> of(CheckOptions options, Path base) {
    boolean dash = options.paths.contains(DASH);
    if (!dash && options.stdinFilename == null) {
      return Optional.empty();
    }
    CommandLine command = options.spec.commandLine();
    if (!dash) {
      throw new ParameterException(command,
          "--stdin-filename names standard input: give '-' as the path to read it");
    }
    if (options.stdinFilename == null) {
      throw new ParameterException(command, "reading standard input needs --stdin-filename PATH");
    }
    if (options.paths.size() > 1) {
      throw new ParameterException(command,
          "'-' (standard input) cannot be combined with other paths");
    }
    Path claimed = options.stdinFilename;
    if (claimed.toString().isBlank() || Files.isDirectory(base.resolve(claimed))) {
      throw new ParameterException(command, "--stdin-filename must name a file, not a directory");
    }
    return Optional.of(new StdinInput(ClaimedFile.at(claimed, base)));
  }

  /** The file standard input stands for. */
  DiscoveredFile file() {
    return file;
  }

  LintResult lint(Engine engine, InputStream in) {
    return engine.run(file, in, List.of());
  }
}
