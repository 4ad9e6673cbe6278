package dev.plumbline.core.engine;

import dev.plumbline.core.rule.ProjectView;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The {@link ProjectView} of a file on disk: siblings are looked up in its directory and never
 * outside it. Only existence is checked; nothing is read.
 */
final class DirectoryView implements ProjectView {

  private final Path directory;

  DirectoryView(Path file) {
    this.directory = file.toAbsolutePath().normalize().getParent();
  }

  @Override
  public Presence sibling(String relativePath) {
    if (directory == null || relativePath.isEmpty() || relativePath.startsWith("/")
        || relativePath.contains("..") || relativePath.contains("\\")) {
      return Presence.UNKNOWN;
    }
    Path sibling;
    try {
      sibling = directory.resolve(relativePath);
    } catch (InvalidPathException e) {
      return Presence.UNKNOWN; // a name this file system cannot have, such as one with a NUL
    }
    return Files.isRegularFile(sibling) ? Presence.PRESENT
        : Presence.ABSENT;
  }
}
