package dev.plumbline.core.engine.external;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds an external program: by name in the absolute directories of {@code PATH}, or where the
 * configuration says. A program inside a protected directory — the scanned directories and the
 * configuration's — is refused: Plumbline never runs a program that comes with the files it
 * scans. Relative {@code PATH} entries (an empty entry, {@code .}) are skipped for the same
 * reason.
 */
final class ProgramFinder {

  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private final List<Path> searchPath;
  private final List<Path> protectedDirectories;

  ProgramFinder(List<Path> searchPath, Collection<Path> protectedDirectories) {
    this.searchPath = List.copyOf(searchPath);
    List<Path> dirs = new ArrayList<>();
    for (Path d : protectedDirectories) {
      Path absolute = d.toAbsolutePath().normalize();
      dirs.add(absolute);
      try {
        dirs.add(absolute.toRealPath());
      } catch (IOException e) {
        // a directory that does not exist holds no program
      }
    }
    this.protectedDirectories = List.copyOf(dirs);
  }

  /** The absolute directories of a {@code PATH} value, in order; relative entries are dropped. */
  static List<Path> absoluteEntries(String pathVariable) {
    List<Path> entries = new ArrayList<>();
    if (pathVariable == null) {
      return entries;
    }
    for (String entry : pathVariable.split(File.pathSeparator, -1)) {
      try {
        Path p = Path.of(entry);
        if (!entry.isEmpty() && p.isAbsolute()) {
          entries.add(p.normalize());
        }
      } catch (InvalidPathException e) {
        // not a directory name on this system
      }
    }
    return entries;
  }

  /** Where a program was found, or why it was not. */
  sealed interface Lookup permits Found, Missing {}

  record Found(Path path) implements Lookup {}

  /**
   * @param reason     a phrase: "shellcheck not found on PATH"
   * @param configured whether the user named the program, so that its absence is worth a warning
   */
  record Missing(String reason, boolean configured) implements Lookup {}

  /**
   * Finds {@code program}: where {@code configured} says (a name to look up on {@code PATH}, or
   * an absolute path), or by its own name on {@code PATH} when {@code configured} is empty. A
   * configured program's file name must start with {@code program}, so that a setting cannot
   * turn Plumbline into a launcher of any other program on the machine.
   */
  Lookup find(String program, String configured) {
    if (configured.isEmpty()) {
      return onPath(program, program, false);
    }
    String what = "the configured " + program + " '" + configured + "'";
    Path given;
    try {
      given = Path.of(configured);
    } catch (InvalidPathException e) {
      return new Missing(what + " is not a valid path", true);
    }
    Path fileName = given.getFileName();
    if (fileName == null
        || !fileName.toString().toLowerCase(Locale.ROOT).startsWith(program)) {
      return new Missing(what + " is refused: its file name must start with '" + program + "'",
          true);
    }
    if (given.getNameCount() == 1 && !given.isAbsolute()) {
      return onPath(configured, program, true);
    }
    if (!given.isAbsolute()) {
      return new Missing(what + " is a relative path; give an absolute path or a name to look "
          + "up on PATH", true);
    }
    Optional<Path> file = executable(given);
    if (file.isEmpty()) {
      return new Missing(what + " is not an executable file", true);
    }
    return isProtected(file.get())
        ? new Missing(what + " is refused: it lies among the scanned files, and Plumbline never "
            + "runs a program that comes with the files it scans", true)
        : new Found(file.get());
  }

  private Lookup onPath(String name, String program, boolean configured) {
    boolean refused = false;
    for (Path dir : searchPath) {
      for (String candidate : candidates(name)) {
        Optional<Path> file = executable(dir.resolve(candidate));
        if (file.isPresent() && isProtected(file.get())) {
          refused = true;
        } else if (file.isPresent()) {
          return new Found(file.get());
        }
      }
    }
    String what = configured ? "the configured " + program + " '" + name + "'" : name;
    return new Missing(what + " not found on PATH" + (refused
        ? " outside the scanned files (Plumbline never runs a program that comes with the files "
            + "it scans)" : ""), configured);
  }

  private static List<String> candidates(String name) {
    return WINDOWS && !name.toLowerCase(Locale.ROOT).endsWith(".exe")
        ? List.of(name + ".exe", name) : List.of(name);
  }

  private static Optional<Path> executable(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return Files.isRegularFile(absolute) && Files.isExecutable(absolute)
        ? Optional.of(absolute) : Optional.empty();
  }

  /** Whether a program, or the file a link of it points to, lies in a protected directory. */
  private boolean isProtected(Path program) {
    List<Path> names = new ArrayList<>(List.of(program));
    try {
      names.add(program.toRealPath());
    } catch (IOException e) {
      return true; // it vanished or cannot be resolved: do not run it
    }
    return names.stream().anyMatch(p -> protectedDirectories.stream().anyMatch(p::startsWith));
  }
}
