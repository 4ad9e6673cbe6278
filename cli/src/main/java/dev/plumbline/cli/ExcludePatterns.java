package dev.plumbline.cli;

import java.nio.file.Path;

/**
 * {@code --exclude} patterns are written relative to the working directory, the configuration's
 * relative to its own directory: this moves a command-line pattern to the configuration's.
 */
final class ExcludePatterns {

  private ExcludePatterns() {}

  /**
   * @param pattern   gitignore syntax; anchored when it has a {@code /} before its end
   * @param base      the working directory the pattern was written against
   * @param directory the directory the discovery resolves patterns against
   */
  static String rebase(String pattern, Path base, Path directory) {
    String trimmed = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
    boolean anchored = trimmed.contains("/");
    if (!anchored || base.equals(directory) || !base.startsWith(directory)) {
      return pattern; // matches at any depth, or nothing to move
    }
    String prefix = directory.relativize(base).toString().replace('\\', '/');
    return "/" + prefix + (pattern.startsWith("/") ? "" : "/") + pattern;
  }
}
