package dev.plumbline.core.engine.baseline;

import java.io.File;
import java.nio.file.Path;

/**
 * Converts between finding paths, which are relative to the working directory, and baseline
 * paths, which are relative to the directory that holds the baseline file. Storing paths
 * relative to the baseline file keeps a baseline valid wherever Plumbline is started from: a
 * baseline at the repository root matches the same findings when the run starts in a
 * subdirectory. A file on another file-system root than the baseline keeps its absolute path.
 *
 * @param baseDirectory     the working directory, absolute
 * @param baselineDirectory the directory of the baseline file, absolute
 */
public record BaselinePaths(Path baseDirectory, Path baselineDirectory) {

  public BaselinePaths {
    baseDirectory = baseDirectory.toAbsolutePath().normalize();
    baselineDirectory = baselineDirectory.toAbsolutePath().normalize();
  }

  /** The paths for a baseline file given relative to the working directory (or absolute). */
  public static BaselinePaths forFile(Path baseDirectory, Path baselineFile) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path parent = base.resolve(baselineFile).normalize().getParent();
    return new BaselinePaths(base, parent == null ? base : parent);
  }

  /** A finding's path (relative to the working directory, or absolute) as a baseline path. */
  public String toBaseline(String findingPath) {
    return relative(baselineDirectory, baseDirectory.resolve(findingPath).normalize());
  }

  /**
   * A baseline path as findings show it: relative to the working directory, or absolute for a
   * file outside it.
   */
  public String toDisplay(String baselinePath) {
    Path file = toFile(baselinePath);
    return file.startsWith(baseDirectory) ? relative(baseDirectory, file) : slashes(file);
  }

  /** The absolute file a baseline path names. */
  public Path toFile(String baselinePath) {
    return baselineDirectory.resolve(baselinePath).normalize();
  }

  private static String relative(Path from, Path to) {
    Path result;
    if (to.equals(from)) {
      return ".";
    }
    try {
      result = from.relativize(to);
    } catch (IllegalArgumentException e) {
      // another root (a different drive on Windows): keep the absolute path
      result = to;
    }
    return slashes(result);
  }

  private static String slashes(Path path) {
    String text = path.toString();
    return File.separatorChar == '/' ? text : text.replace(File.separatorChar, '/');
  }
}
