package dev.plumbline.core.engine.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@code .gitignore} file, compiled, with git's reading of it.
 *
 * <ul>
 *   <li>A blank line, or one starting with {@code #}, is no pattern; {@code \#} starts a pattern
 *       with a literal {@code #}.
 *   <li>A trailing carriage return is dropped, and so are trailing spaces unless escaped with a
 *       backslash ({@code foo\ }). Tabs are kept, as git keeps them.
 *   <li>A leading {@code !} negates the pattern (a matching path is not ignored); {@code \!}
 *       starts a pattern with a literal {@code !}.
 *   <li>A trailing {@code /} makes the pattern match directories only.
 *   <li>A pattern with no other {@code /} matches the name of a file or directory at any depth.
 *       One with a {@code /} at the start or in the middle is anchored: it matches the path
 *       relative to the directory of the {@code .gitignore} file, and its wildcards do not match
 *       {@code /}.
 *   <li>Wildcards: see {@link Wildmatch}.
 * </ul>
 *
 * <p>This class answers for the path alone. That a path inside an ignored directory is ignored
 * too, whatever later patterns say, is up to the caller (see {@link GitIgnore#isIgnored}).
 */
public final class IgnorePattern {

  private final String text;
  private final boolean negated;
  private final boolean directoryOnly;
  private final boolean anchored;
  private final Wildmatch matcher;

  private IgnorePattern(String text, boolean negated, boolean directoryOnly, boolean anchored,
      Wildmatch matcher) {
    this.text = text;
    this.negated = negated;
    this.directoryOnly = directoryOnly;
    this.anchored = anchored;
    this.matcher = matcher;
  }

  /**
   * Compiles one line of a {@code .gitignore} file (without its line feed).
   *
   * @return empty for a blank line, a comment, or a line that can match nothing because its
   *     pattern is empty ({@code !}, {@code /}, spaces)
   */
  public static Optional<IgnorePattern> parse(String line) {
    return parse(line.getBytes(StandardCharsets.UTF_8));
  }

  /** Like {@link #parse(String)} for a line as bytes, as read from a file. */
  public static Optional<IgnorePattern> parse(byte[] line) {
    Objects.requireNonNull(line, "line");
    if (line.length == 0 || line[0] == '#') {
      return Optional.empty();
    }
    int end = line.length;
    if (line[end - 1] == '\r') {
      end--;
    }
    end = withoutTrailingSpaces(line, end);
    String text = new String(line, 0, end, StandardCharsets.UTF_8);
    int start = 0;
    boolean negated = false;
    if (start < end && line[start] == '!') {
      negated = true;
      start++;
    }
    boolean directoryOnly = false;
    if (end > start && line[end - 1] == '/') {
      directoryOnly = true;
      end--;
    }
    if (end == start) {
      return Optional.empty();
    }
    boolean anchored = false;
    for (int i = start; i < end; i++) {
      if (line[i] == '/') {
        anchored = true;
        break;
      }
    }
    int globStart = anchored && line[start] == '/' ? start + 1 : start;
    byte[] glob = Arrays.copyOfRange(line, globStart, end);
    return Optional.of(new IgnorePattern(text, negated, directoryOnly, anchored,
        Wildmatch.compile(glob, anchored)));
  }

  /**
   * The end of the line once trailing spaces are dropped: a space counts as trailing unless a
   * backslash escapes it, and a backslash escapes whatever byte follows it.
   */
  private static int withoutTrailingSpaces(byte[] line, int end) {
    int lastSpace = -1;
    for (int i = 0; i < end; i++) {
      byte b = line[i];
      if (b == ' ') {
        if (lastSpace < 0) {
          lastSpace = i;
        }
      } else if (b == '\\') {
        i++;
        if (i >= end) {
          return end;
        }
        lastSpace = -1;
      } else {
        lastSpace = -1;
      }
    }
    return lastSpace < 0 ? end : lastSpace;
  }

  /**
   * Whether this pattern matches the path.
   *
   * @param relativePath {@code /}-separated, relative to the directory the pattern applies to
   *                     (that of its {@code .gitignore} file), no leading or trailing {@code /}
   * @param directory    whether the path names a directory (a symbolic link is not one)
   */
  public boolean matches(String relativePath, boolean directory) {
    return matches(PathText.of(relativePath), 0, directory);
  }

  /** Matches the path made of the components of {@code path} from {@code first} on. */
  boolean matches(PathText path, int first, boolean directory) {
    if (directoryOnly && !directory) {
      return false;
    }
    return matcher.matches(path, first);
  }

  /** A leading {@code !}: a matching path is explicitly not ignored. */
  public boolean negated() {
    return negated;
  }

  /** A trailing {@code /}: matches directories only. */
  public boolean directoryOnly() {
    return directoryOnly;
  }

  /** A {@code /} at the start or in the middle: matched against the whole relative path. */
  public boolean anchored() {
    return anchored;
  }

  /** The line as written, without its trailing spaces and carriage return. */
  @Override
  public String toString() {
    return text;
  }
}
