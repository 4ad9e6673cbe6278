package dev.plumbline.core.rule;

/**
 * What a rule may know of the files around the one it lints, for cross-file checks such as "is
 * there a {@code .dockerignore} beside this Dockerfile". The engine answers; rules never open
 * files themselves.
 */
public interface ProjectView {

  /** A view that knows nothing: every question is answered with "unknown". */
  ProjectView UNKNOWN = relativePath -> Presence.UNKNOWN;

  /** Whether a file may be relied on to exist or not. */
  enum Presence {
    PRESENT,
    ABSENT,
    /** The linted file has no place on disk (standard input, tests), so nothing is known. */
    UNKNOWN
  }

  /**
   * Whether a regular file exists at {@code relativePath}, resolved against the directory of the
   * linted file ({@code /}-separated, no {@code ..}).
   */
  Presence sibling(String relativePath);
}
