package dev.plumbline.core.model.script;

import dev.plumbline.core.source.Span;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A shell script found inside a linted file — a GitHub {@code run:}, a Dockerfile {@code RUN} —
 * with the shell that runs it and the way back from script offsets to file positions. What the
 * script rules ({@code SH*}) see, whatever file the script came from.
 */
public final class Script {

  /** Where a script was found; some checks only matter in some places. */
  public enum Origin {
    GITHUB_RUN("GitHub Actions run step"),
    DOCKERFILE_RUN("Dockerfile RUN instruction"),
    GITLAB_SCRIPT("GitLab CI script");

    private final String description;

    Origin(String description) {
      this.description = description;
    }

    /** For messages: "Dockerfile RUN instruction". */
    public String description() {
      return description;
    }

    /** Whether the script runs in a CI job, where its output ends up in a build log. */
    public boolean isCi() {
      return this != DOCKERFILE_RUN;
    }
  }

  /** Maps a range of the script text back to the file. */
  @FunctionalInterface
  public interface SourceMap {
    /** The file span of script characters {@code [start, end)}; exact where the file allows. */
    Span span(int start, int end);
  }

  private final String text;
  private final ShellKind shell;
  private final Set<ShellOption> startOptions;
  private final Origin origin;
  private final SourceMap sourceMap;

  /**
   * @param text         the script as the shell receives it (block scalars folded, Dockerfile
   *                     continuations joined)
   * @param shell        the shell that runs it
   * @param startOptions options in force before the first line, such as GitHub's
   *                     {@code bash -eo pipefail}
   * @param origin       where it was found
   * @param sourceMap    script offsets to file spans
   */
  public Script(String text, ShellKind shell, Set<ShellOption> startOptions, Origin origin,
      SourceMap sourceMap) {
    this.text = Objects.requireNonNull(text, "text");
    this.shell = Objects.requireNonNull(shell, "shell");
    this.startOptions = startOptions.isEmpty() ? Set.of()
        : Set.copyOf(EnumSet.copyOf(startOptions));
    this.origin = Objects.requireNonNull(origin, "origin");
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
  }

  public String text() {
    return text;
  }

  public ShellKind shell() {
    return shell;
  }

  public Set<ShellOption> startOptions() {
    return startOptions;
  }

  public Origin origin() {
    return origin;
  }

  /** The file span of {@code text().substring(start, end)}. */
  public Span span(int start, int end) {
    return sourceMap.span(start, end);
  }
}
