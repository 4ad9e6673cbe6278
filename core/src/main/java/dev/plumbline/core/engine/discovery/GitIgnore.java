package dev.plumbline.core.engine.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The patterns of one ignore file ({@code .gitignore}, {@code .git/info/exclude}) and the
 * directory they apply to. Within one file the last matching pattern decides.
 */
public final class GitIgnore {

  /** What a file's patterns say about a path. */
  public enum Match {
    /** No pattern matches: ask the next file out. */
    NONE,
    /** The last matching pattern is a plain one. */
    IGNORED,
    /** The last matching pattern is a negation ({@code !}). */
    NOT_IGNORED
  }

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String directory;
  private final int depth;
  private final List<IgnorePattern> patterns;

  private GitIgnore(String directory, List<IgnorePattern> patterns) {
    Objects.requireNonNull(directory, "directory");
    if (directory.startsWith("/") || directory.endsWith("/")) {
      throw new IllegalArgumentException("directory must be relative, without a trailing /: "
          + directory);
    }
    this.directory = directory;
    this.depth = directory.isEmpty() ? 0 : PathText.of(directory).componentCount();
    this.patterns = List.copyOf(patterns);
  }

  /**
   * Reads the content of an ignore file: lines separated by line feeds, a UTF-8 byte order mark
   * at the start skipped, as git does.
   *
   * @param directory {@code /}-separated path of the directory the file applies to, relative to
   *                  the root paths are given against ({@code ""} for the root itself)
   */
  public static GitIgnore parse(String directory, byte[] content) {
    int start = 0;
    if (content.length >= 3 && Arrays.equals(content, 0, 3, BOM, 0, 3)) {
      start = 3;
    }
    List<IgnorePattern> patterns = new ArrayList<>();
    for (int i = start; i <= content.length; i++) {
      if (i == content.length || content[i] == '\n') {
        IgnorePattern.parse(Arrays.copyOfRange(content, start, i)).ifPresent(patterns::add);
        start = i + 1;
      }
    }
    return new GitIgnore(directory, patterns);
  }

  /** Patterns given as lines, such as the {@code exclude:} list of the configuration. */
  public static GitIgnore of(String directory, List<String> lines) {
    List<IgnorePattern> patterns = new ArrayList<>();
    for (String line : lines) {
      IgnorePattern.parse(line).ifPresent(patterns::add);
    }
    return new GitIgnore(directory, patterns);
  }

  public String directory() {
    return directory;
  }

  public List<IgnorePattern> patterns() {
    return patterns;
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /**
   * What the last pattern matching the path says, looking at the path alone (not at its parent
   * directories).
   *
   * @param path {@code /}-separated, relative to the same root as {@link #directory()}; a path
   *             outside that directory matches nothing
   */
  public Match match(String path, boolean isDirectory) {
    if (!directory.isEmpty() && !path.startsWith(directory + "/")) {
      return Match.NONE;
    }
    return match(PathText.of(path), isDirectory);
  }

  /** Like {@link #match(String, boolean)} for a path known to lie inside the directory. */
  Match match(PathText path, boolean isDirectory) {
    if (path.componentCount() <= depth) {
      return Match.NONE;
    }
    for (int i = patterns.size() - 1; i >= 0; i--) {
      IgnorePattern pattern = patterns.get(i);
      if (pattern.matches(path, depth, isDirectory)) {
        return pattern.negated() ? Match.NOT_IGNORED : Match.IGNORED;
      }
    }
    return Match.NONE;
  }

  /**
   * Git's answer for a path when this is the only ignore file: ignored if one of its parent
   * directories is (a negation cannot bring back a path inside an ignored directory), else what
   * the last matching pattern says.
   */
  public boolean isIgnored(String path, boolean isDirectory) {
    if (!directory.isEmpty() && !path.startsWith(directory + "/")) {
      return false;
    }
    return IgnoreStack.EMPTY.push(this).isIgnoredWithParents(path, isDirectory);
  }

  @Override
  public String toString() {
    return (directory.isEmpty() ? "" : directory + "/") + patterns;
  }
}
