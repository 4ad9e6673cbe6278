package dev.plumbline.core.model.docker;

import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.model.script.ShellOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shell that runs shell-form commands: Docker's default {@code /bin/sh -c}, what a
 * {@code SHELL ["/bin/bash", "-o", "pipefail", "-c"]} instruction set, or the interpreter of a
 * here-document's {@code #!} line.
 *
 * @param argv   the program and its arguments
 * @param source the SHELL instruction that set it; empty for the default and for {@code #!} lines
 */
public record ShellSpec(List<String> argv, Optional<Shell> source) {

  /** Docker's default on Linux. */
  public static final ShellSpec DEFAULT = new ShellSpec(List.of("/bin/sh", "-c"), Optional.empty());

  public ShellSpec {
    argv = List.copyOf(argv);
  }

  /** The interpreter named by a {@code #!} line, such as {@code #!/usr/bin/env bash}. */
  public static ShellSpec ofShebang(String line) {
    String command = line.startsWith("#!") ? line.substring(2).strip() : line.strip();
    List<String> words = command.isEmpty() ? List.of("")
        : Arrays.asList(command.split("[ \t]+"));
    return new ShellSpec(words, Optional.empty());
  }

  /**
   * The program, looking through {@code env}: {@code bash} for
   * {@code ["/usr/bin/env", "bash", "-c"]}.
   */
  public String program() {
    int at = programIndex();
    return at < argv.size() ? argv.get(at) : "";
  }

  /** The shell kind whose scripts Plumbline reads; empty for pwsh, cmd, python and the like. */
  public Optional<ShellKind> kind() {
    return ShellKind.ofProgram(program());
  }

  /** The options its arguments turn on: {@code -e}, {@code -o pipefail}, {@code -eo pipefail}. */
  public Set<ShellOption> options() {
    Set<ShellOption> options = EnumSet.noneOf(ShellOption.class);
    for (int i = programIndex() + 1; i < argv.size(); i++) {
      String arg = argv.get(i);
      if (arg.startsWith("--")) {
        continue; // --login, --norc
      }
      if (arg.length() < 2 || arg.charAt(0) != '-' && arg.charAt(0) != '+') {
        break; // the command string or a script file
      }
      boolean on = arg.charAt(0) == '-';
      for (int j = 1; j < arg.length(); j++) {
        char c = arg.charAt(j);
        if (c == 'e') {
          set(options, ShellOption.ERREXIT, on);
        } else if (c == 'o' && i + 1 < argv.size()) {
          named(options, argv.get(++i), on);
        } else if (c == 'c') {
          return options;
        }
      }
    }
    return options;
  }

  private int programIndex() {
    if (argv.isEmpty()) {
      return 0;
    }
    String first = argv.get(0);
    if (!first.equals("env") && !first.endsWith("/env")) {
      return 0;
    }
    int i = 1;
    while (i < argv.size() && (argv.get(i).startsWith("-") || argv.get(i).contains("="))) {
      i++;
    }
    return i;
  }

  private static void named(Set<ShellOption> options, String name, boolean on) {
    if (name.equals("pipefail")) {
      set(options, ShellOption.PIPEFAIL, on);
    } else if (name.equals("errexit")) {
      set(options, ShellOption.ERREXIT, on);
    }
  }

  private static void set(Set<ShellOption> options, ShellOption option, boolean on) {
    if (on) {
      options.add(option);
    } else {
      options.remove(option);
    }
  }
}
