package dev.plumbline.cli;

import dev.plumbline.core.engine.config.ConfigException;
import dev.plumbline.core.report.TerminalText;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import java.io.OutputStreamWriter;

/**
 * Builds and runs the command line. Usage errors print one line and exit 2; failures that are not
 * the user's fault print one line and exit 2 too, with the stack trace only when
 * {@code PLUMBLINE_DEBUG} is set.
 */
public final class Cli {

  static final int EXIT_USAGE = 2;

  private Cli() {}

  /** Runs with explicit streams, environment and working directory, for tests and embedding. */
  public static int run(String[] args, PrintStream stdout, PrintStream stderr,
      Map<String, String> env, Path workingDirectory) {
    return run(args, InputStream.nullInputStream(), stdout, stderr, env, workingDirectory);
  }

  /** Runs with explicit streams (standard input included), environment and working directory. */
  public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr,
      Map<String, String> env, Path workingDirectory) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    Environment environment = new Environment(out, err, env,
        workingDirectory.toAbsolutePath().normalize(),
        stdout == System.out && System.console() != null, stdin);
    CommandLine cli = new CommandLine(new PlumblineCommand(environment))
        .addSubcommand("check", new CheckCommand(environment))
        .addSubcommand("rules", new RulesCommand(environment))
        .addSubcommand("explain", new ExplainCommand(environment))
        .addSubcommand("init", new InitCommand(environment))
        .addSubcommand("score", new ScoreCommand(environment));
    cli.setOut(out);
    cli.setErr(err);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setParameterExceptionHandler((e, arguments) -> {
      err.println("plumbline: " + firstLine(e.getMessage()) + " (see 'plumbline --help')");
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UserException user) {
        err.println("plumbline: " + user.getMessage());
      } else if (e instanceof ConfigException config) {
        // messages quote the configuration file, which may come with a cloned repository
        config.problems().forEach(p -> err.println(TerminalText.escape("plumbline: error: " + p)));
      } else {
        err.println("plumbline: internal error: " + e + " (set PLUMBLINE_DEBUG=1 for details)");
        if (env.containsKey("PLUMBLINE_DEBUG")) {
          e.printStackTrace(err);
        }
      }
      return EXIT_USAGE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid arguments";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
