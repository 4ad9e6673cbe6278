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
  /**
   * Dockerfile names real projects use: {@code Dockerfile}, {@code dockerfile},
   * {@code Dockerfile.dev}, {@code Dockerfile-alpine}, {@code base.Dockerfile},
   * {@code app.dockerfile}, and the same with {@code Containerfile}. A lower-case
   * {@code dockerfile.*} is left alone: it is usually source code ({@code dockerfile.go}).
   */
  private static final Pattern DOCKERFILE = Pattern.compile(
      "(?:[Dd]ockerfile|[Cc]ontainerfile)|(?:Dockerfile|Containerfile)[._-].+"
      + "|.+\\.(?:[Dd]ockerfile|[Cc]ontainerfile)");
  /** Files named like Dockerfiles that are something else: ignore files, docs, code, backups. */
  private static final Pattern NOT_DOCKERFILE = Pattern.compile(
      ".*\\.(?:dockerignore|md|markdown|rst|adoc|txt|go|py|js|ts|java|rs|rb|json|ya?ml|toml"
      + "|sh|bash|ps1|bat|xml|html|lock|orig|rej|bak|swp|patch|diff)",
      Pattern.CASE_INSENSITIVE);

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
    String name = contextPath.substring(contextPath.lastIndexOf('/') + 1);
    if (DOCKERFILE.matcher(name).matches() && !NOT_DOCKERFILE.matcher(name).matches()) {
      return Optional.of(FileKind.DOCKERFILE);
    }
    return Optional.empty();
  }
}
