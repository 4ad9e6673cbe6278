package dev.plumbline.core.model.script;

import java.util.Locale;
import java.util.Optional;

/** The shells whose scripts Plumbline lexes; scripts for other interpreters are not extracted. */
public enum ShellKind {
  /** A POSIX shell: sh, dash, ash (busybox). */
  POSIX,
  /** bash, which adds arrays, {@code [[ ]]}, {@code pipefail} and process substitution. */
  BASH;

  /**
   * The shell a program name or path stands for ({@code /bin/bash}, {@code sh}, {@code dash});
   * empty for interpreters that are not shells (pwsh, python, cmd).
   */
  public static Optional<ShellKind> ofProgram(String program) {
    String name = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return switch (name) {
      case "bash" -> Optional.of(BASH);
      case "sh", "dash", "ash", "busybox" -> Optional.of(POSIX);
      default -> Optional.empty();
    };
  }
}
