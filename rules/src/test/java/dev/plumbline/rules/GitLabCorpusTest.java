package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every GitLab and script rule, those off by default too, over every GitLab CI file of the
 * real-world corpus as discovered files (each {@code .gitlab-ci.yml} with the files it includes):
 * no crash, no internal error, the files linted as pipeline files.
 */
class GitLabCorpusTest {

  @Test
  void everyGitLabFileOfTheCorpusIsLintedWithoutInternalErrors() throws IOException {
    Path corpus = TestData.corpus();
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + corpus);

    CorpusRun run = CorpusRun.of(corpus, "gitlab-ci",
        d -> d.id().startsWith("GLC") || d.id().startsWith("SH"), Set.of(FileKind.GITLAB_CI));

    assertThat(run.files()).as("GitLab CI files in the corpus").hasSizeGreaterThan(100);
    assertThat(run.internalErrors()).as("internal errors").isEmpty();
    // the others are a template library that only a file other projects include reaches
    assertThat(run.linted()).as("files linted as pipeline files")
        .hasSizeGreaterThan(run.files().size() * 85 / 100);
  }
}
