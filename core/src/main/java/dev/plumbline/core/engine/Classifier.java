package dev.plumbline.core.engine;

import dev.plumbline.core.source.FileKind;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides what a file is from its path within its repository. Only files that some platform
 * reads are classified; everything else is left alone.
 */
public final class Classifier {

  /** GitHub reads workflows directly in {@code .github/workflows}, not in subdirectories. */
  private static final Pattern WORKFLOW = Pattern.compile("(?:^|.*/)\\.github/workflows/[^/]+\\.ya?ml");
  private static final Pattern ACTION = Pattern.compile("(?:^|.*/)action\\.ya?ml");

  private Classifier() {}

  /**
   * @param contextPath {@code /}-separated path relative to the repository root (or scan root)
   */
  public static Optional<FileKind> classify(String contextPath) {
    if (WORKFLOW.matcher(contextPath).matches()) {
      return Optional.of(FileKind.GITHUB_WORKFLOW);
    }
    if (ACTION.matcher(contextPath).matches()) {
      return Optional.of(FileKind.GITHUB_ACTION);
    }
    return Optional.empty();
  }
}
