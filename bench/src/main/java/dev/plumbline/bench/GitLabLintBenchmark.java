package dev.plumbline.bench;

import java.util.Set;

/** The GitLab CI pipelines, each {@code .gitlab-ci.yml} assembled with the files it includes; see {@link PlatformLintBenchmark}. */
public class GitLabLintBenchmark extends PlatformLintBenchmark {

  @Override
  protected Set<String> manifestKinds() {
    return Set.of("gitlab-ci");
  }
}
