package dev.plumbline.core.engine.discovery;

/**
 * The ignore files in force in one directory, innermost last: {@code .git/info/exclude}, then
 * the {@code .gitignore} of the repository root, then those of each directory below it. Git asks
 * the innermost file first; the first file with a matching pattern decides. Immutable: a child
 * directory pushes its own file onto its parent's stack.
 */
final class IgnoreStack {

  static final IgnoreStack EMPTY = new IgnoreStack(null, null);

  private final GitIgnore top;
  private final IgnoreStack rest;

  private IgnoreStack(GitIgnore top, IgnoreStack rest) {
    this.top = top;
    this.rest = rest;
  }

  IgnoreStack push(GitIgnore ignore) {
    return ignore.isEmpty() ? this : new IgnoreStack(ignore, this);
  }

  /**
   * Whether the path itself is ignored, its parent directories taken as not ignored (the walk
   * never enters an ignored directory, so it only asks about entries of directories it is in).
   */
  boolean isIgnored(PathText path, boolean isDirectory) {
    for (IgnoreStack s = this; s.top != null; s = s.rest) {
      GitIgnore.Match match = s.top.match(path, isDirectory);
      if (match != GitIgnore.Match.NONE) {
        return match == GitIgnore.Match.IGNORED;
      }
    }
    return false;
  }

  /**
   * Whether the path is ignored the way {@code git check-ignore} sees it: ignored if any parent
   * directory is, else by its own match. Every file of the stack must apply to the path.
   */
  boolean isIgnoredWithParents(String path, boolean isDirectory) {
    int slash = path.indexOf('/');
    while (slash >= 0) {
      if (isIgnored(PathText.of(path.substring(0, slash)), true)) {
        return true;
      }
      slash = path.indexOf('/', slash + 1);
    }
    return isIgnored(PathText.of(path), isDirectory);
  }
}
