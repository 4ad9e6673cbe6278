package dev.plumbline.core.engine.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Notification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Builds directory trees for discovery tests and reads results back. */
final class Trees {

  private Trees() {}

  /** Creates the files (with their parent directories); each gets a line of content. */
  static void files(Path dir, String... relativePaths) {
    for (String relative : relativePaths) {
      write(dir.resolve(relative), "x: 1\n");
    }
  }

  static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates {@code dir/relative}, skipping the test if the file system refuses the name. */
  static Path fileNamed(Path dir, String relative) {
    Path file;
    try {
      file = dir.resolve(relative);
    } catch (InvalidPathException e) {
      Assumptions.abort("file name not supported here: " + e.getMessage());
      return null;
    }
    try {
      write(file, "x: 1\n");
    } catch (UncheckedIOException e) {
      Assumptions.abort("file name not supported here: " + e.getMessage());
    }
    return file;
  }

  static void directories(Path dir, String... relativePaths) {
    try {
      for (String relative : relativePaths) {
        Files.createDirectories(dir.resolve(relative));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates {@code link} pointing at {@code target}, skipping the test without symlinks. */
  static void symlink(Path link, Path target) {
    try {
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, target);
    } catch (IOException | UnsupportedOperationException e) {
      Assumptions.abort("symbolic links not supported here: " + e.getMessage());
    }
  }

  /** Marks {@code dir} as a repository root the way git does: a {@code .git} directory. */
  static void repository(Path dir) {
    directories(dir, ".git/info", ".git/objects", ".git/refs");
    write(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
  }

  /** Discovers the roots (as written, relative to {@code base} or absolute) without excludes. */
  static DiscoveryResult discover(Path base, String... roots) throws NoSuchFileException {
    return discover(List.of(), base, roots);
  }

  static DiscoveryResult discover(List<String> excludes, Path base, String... roots)
      throws NoSuchFileException {
    return new FileDiscovery(excludes).discover(
        Arrays.stream(roots).map(Paths::get).toList(), base);
  }

  static List<String> displayPaths(DiscoveryResult result) {
    return result.files().stream().map(DiscoveredFile::displayPath).toList();
  }

  static DiscoveredFile file(DiscoveryResult result, String displayPath) {
    return result.files().stream()
        .filter(f -> f.displayPath().equals(displayPath))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not found: " + displayPath + " in "
            + displayPaths(result)));
  }

  static void assertNoNotifications(DiscoveryResult result) {
    assertThat(result.notifications()).isEmpty();
  }

  static String describe(Notification n) {
    return n.level().label() + " " + n.path().orElse("") + ": " + n.message();
  }

  static List<String> notifications(DiscoveryResult result) {
    return result.notifications().stream().map(Trees::describe).toList();
  }
}
