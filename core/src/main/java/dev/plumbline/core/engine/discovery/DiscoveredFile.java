package dev.plumbline.core.engine.discovery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to classify.
 *
 * @param path        absolute and normalized; for a symbolic link named on the command line,
 *                    the link (reading it reads the target)
 * @param displayPath relative to the base directory, {@code /}-separated; the absolute path with
 *                    {@code /} separators when the file lies outside the base directory
 * @param contextPath {@code /}-separated path used to classify the file: relative to the
 *                    repository root (the nearest directory, the file's real location taken, that
 *                    holds a {@code .git} directory or file) when the file is inside one; else
 *                    relative to the scan root it was found under; for a file named directly and
 *                    outside any repository, relative to the base directory if inside it, else
 *                    its absolute path
 * @param explicit    named directly on the command line
 */
public record DiscoveredFile(Path path, String displayPath, String contextPath, boolean explicit) {

  public DiscoveredFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(contextPath, "contextPath");
  }
}
