package dev.plumbline.core.engine.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Finds repository roots and their {@code info/exclude} file by looking at files only: no git
 * process, no git configuration, no environment.
 */
public final class GitRepository {

  /** A {@code .git} file or {@code commondir} file is one short line; anything longer is not. */
  private static final int MAX_POINTER_FILE_SIZE = 4096;

  private GitRepository() {}

  /** Whether the directory holds a {@code .git} directory or file (not a symbolic link). */
  public static boolean isRoot(Path directory) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(directory.resolve(".git"),
          BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.isDirectory() || attributes.isRegularFile();
    } catch (IOException e) {
      return false;
    }
  }

  /** The nearest of the directory and its ancestors that is a repository root. */
  static Optional<Path> findRoot(Path realDirectory) {
    for (Path d = realDirectory; d != null; d = d.getParent()) {
      if (isRoot(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Where the repository's {@code info/exclude} file would be: in {@code .git}, or for a
   * {@code .git} file ({@code gitdir: ...}, as in linked worktrees and submodules) in the git
   * directory it names, or in that directory's {@code commondir} (linked worktrees share the
   * main repository's {@code info/}).
   */
  static Optional<Path> excludeFile(Path root) {
    Path dotGit = root.resolve(".git");
    Path gitDir;
    if (Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS)) {
      gitDir = dotGit;
    } else {
      Optional<String> pointer = readPointer(dotGit);
      if (pointer.isEmpty() || !pointer.get().startsWith("gitdir:")) {
        return Optional.empty();
      }
      String target = pointer.get().substring("gitdir:".length()).strip();
      if (target.isEmpty()) {
        return Optional.empty();
      }
      gitDir = resolve(root, target);
    }
    Path commonDir = readPointer(gitDir.resolve("commondir"))
        .filter(s -> !s.isEmpty())
        .map(s -> resolve(gitDir, s))
        .orElse(gitDir);
    return Optional.of(commonDir.resolve("info").resolve("exclude"));
  }

  private static Path resolve(Path directory, String path) {
    try {
      return directory.resolve(path).normalize();
    } catch (RuntimeException e) {
      return directory;
    }
  }

  /** The first line of a small regular file, stripped; empty if there is no such file. */
  private static Optional<String> readPointer(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_POINTER_FILE_SIZE) {
        return Optional.empty();
      }
      byte[] content;
      try (InputStream in = Files.newInputStream(file)) {
        content = in.readNBytes(MAX_POINTER_FILE_SIZE);
      }
      String text = new String(content, StandardCharsets.UTF_8);
      int newline = text.indexOf('\n');
      return Optional.of((newline < 0 ? text : text.substring(0, newline)).strip());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
