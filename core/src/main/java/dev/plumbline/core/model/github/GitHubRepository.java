package dev.plumbline.core.model.github;

import java.util.List;
import java.util.Optional;

/**
 * The workflows and actions of one repository, for rules that look across files: what a local
 * action ({@code uses: ./path}) or a local reusable workflow
 * ({@code uses: ./.github/workflows/x.yml}) declares, and what the other workflows do.
 */
public interface GitHubRepository {

  /** A repository that knows nothing: a file linted on its own, from standard input. */
  GitHubRepository UNKNOWN = new GitHubRepository() {
    @Override
    public List<Workflow> workflows() {
      return List.of();
    }

    @Override
    public Optional<ActionMetadata> localAction(String path) {
      return Optional.empty();
    }

    @Override
    public Optional<Workflow> localWorkflow(String path) {
      return Optional.empty();
    }

    @Override
    public boolean isKnown() {
      return false;
    }
  };

  /** The workflows of the repository that the run lints, in discovery order. */
  List<Workflow> workflows();

  /**
   * The metadata of a local action.
   *
   * @param path as written after {@code uses:}: {@code ./path/to/action} (or
   *             {@code $/path/to/action}), resolved from the repository root
   */
  Optional<ActionMetadata> localAction(String path);

  /**
   * A local reusable workflow.
   *
   * @param path as written after {@code uses:}: {@code ./.github/workflows/build.yml} (or
   *             {@code $/.github/workflows/build.yml}, the same repository at the caller's
   *             commit)
   */
  Optional<Workflow> localWorkflow(String path);

  /**
   * Whether the repository's files are known: false for a file linted on its own, where an
   * absent local action or workflow proves nothing.
   */
  boolean isKnown();
}
