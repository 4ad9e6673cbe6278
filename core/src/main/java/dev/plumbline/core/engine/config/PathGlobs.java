package dev.plumbline.core.engine.config;

import dev.plumbline.core.engine.discovery.GitIgnore;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Patterns in {@code .gitignore} syntax, relative to a directory, as a test of absolute file
 * paths: what an override's {@code files:} covers. A file matches when git would ignore it if the
 * patterns were that directory's {@code .gitignore}: {@code legacy/} covers everything below
 * every directory named {@code legacy}, {@code /legacy/**} only below the top one, and
 * {@code *.yml} every YAML file at any depth. Files outside the directory never match.
 */
public final class PathGlobs implements Predicate<Path> {

  private final Path directory;
  private final List<String> patterns;
  private final GitIgnore compiled;

  /**
   * @param directory absolute; the directory the patterns are relative to
   * @param patterns  gitignore lines, already validated
   */
  public PathGlobs(Path directory, List<String> patterns) {
    this.directory = directory.toAbsolutePath().normalize();
    this.patterns = List.copyOf(patterns);
    this.compiled = GitIgnore.of("", this.patterns);
  }

  /** @param file absolute, normalised */
  @Override
  public boolean test(Path file) {
    if (!file.startsWith(directory) || file.equals(directory)) {
      return false;
    }
    String relative = directory.relativize(file).toString();
    if (File.separatorChar != '/') {
      relative = relative.replace(File.separatorChar, '/');
    }
    return compiled.isIgnored(relative, false);
  }

  @Override
  public String toString() {
    return directory + " " + patterns;
  }
}
