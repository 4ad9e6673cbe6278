package dev.plumbline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options of {@code check}, shared by the top-level command. */
final class CheckOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or directories to lint (default: .); - reads standard input "
          + "(with --stdin-filename).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "NAME[=FILE]",
      description = "Output format: console (default), json, sarif, junit (JUnit XML), gitlab "
          + "(GitLab Code Quality) or github (GitHub Actions annotations). Repeatable; with "
          + "=FILE the report goes to FILE instead of standard output.")
  List<String> formats = new ArrayList<>();

  /** Null when not given: the configuration's {@code fail-on}, else warning, applies. */
  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit with 1 when a finding is at least this severe: error, warning (default), "
          + "note, or never. Wins over the configuration's fail-on.")
  String failOn;

  @Option(names = "--no-color", description = "Never colour the output (also: NO_COLOR=1).")
  boolean noColor;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Files linted in parallel (default: the number of processors).")
  Integer jobs;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Use this configuration file instead of the nearest "
          + ".plumbline.yml above the paths.")
  Path config;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Hide the findings recorded in FILE (see --write-baseline); notes say how "
          + "many were hidden and which entries no longer match.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record the current findings in FILE and exit with 0: they are accepted, "
          + "and --baseline FILE hides them from then on. Findings suppressed in the source are "
          + "not recorded.")
  Path writeBaseline;

  @Option(names = "--stdin-filename", paramLabel = "PATH",
      description = "With - as the only path: lint standard input as if it were the file PATH "
          + "(for editors and pipes). PATH decides what kind of file it is and how findings "
          + "name it.")
  Path stdinFilename;

  @Option(names = "--exclude", paramLabel = "PATTERN",
      description = "Do not lint paths matching PATTERN (gitignore syntax, relative to the "
          + "working directory; vendor/, **/*.generated.yml). Repeatable; adds to the "
          + "configuration's exclude.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--max-file-size", paramLabel = "SIZE",
      description = "Skip files larger than SIZE, with a warning: bytes, or a whole number with "
          + "KB, MB or GB (default: 5MB, at most 1GB). Wins over the configuration's "
          + "limits: max-file-size.")
  String maxFileSize;

  @Option(names = "--fix",
      description = "Apply the safe fixes of the findings (those that need no review) to the "
          + "files, then report what remains; says how many fixes were applied in how many "
          + "files. Not for standard input.")
  boolean fix;
}
