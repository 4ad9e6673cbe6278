package dev.plumbline.core.engine.discovery;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file that content read from elsewhere (standard input, an editor buffer) claims to be:
 * what {@link FileDiscovery} would make of that path named on the command line, whether or not
 * a file exists there. Its context path, which decides how the content is classified, is taken
 * from the repository that holds the path (found through the nearest existing directory, its
 * real location taken), else relative to the base directory when the path is inside it, else
 * the file name.
 */
public final class ClaimedFile {

  private ClaimedFile() {}

  /**
   * @param given         the path as given, relative to the base directory or absolute
   * @param baseDirectory the directory paths are shown relative to (the working directory)
   * @return an {@link DiscoveredFile#explicit() explicit} file; nothing is read or written
   */
  public static DiscoveredFile at(Path given, Path baseDirectory) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path absolute = base.resolve(given).normalize();
    String display = absolute.startsWith(base) ? slashes(base.relativize(absolute))
        : slashes(absolute);
    Path real = realLocation(absolute);
    Optional<Path> repository = real.getParent() == null
        ? Optional.empty() : GitRepository.findRoot(real.getParent());
    String context;
    if (repository.isPresent()) {
      context = slashes(repository.get().relativize(real));
    } else if (absolute.startsWith(base)) {
      context = display;
    } else {
      context = String.valueOf(absolute.getFileName());
    }
    return new DiscoveredFile(absolute, display, context, true);
  }

  /** The path with its deepest existing ancestor (or itself) replaced by its real path. */
  private static Path realLocation(Path absolute) {
    Path existing = absolute;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException | SecurityException e) {
      return absolute;
    }
  }

  private static String slashes(Path path) {
    String s = path.toString();
    return File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/');
  }
}
