package dev.plumbline.rules.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnpinnedImageTest {

  @Test
  void aTemplateInAnIncludedFileIsReportedOnceThere() {
    assertThat(GitLabLint.findings("GLC001",
        ".gitlab-ci.yml", """
            include:
              - local: .gitlab/ci/templates.yml
            unit:
              extends: .ruby
              script: [rake test]
            lint:
              extends: .ruby
              script: [rubocop]
            """,
        ".gitlab/ci/templates.yml", """
            .ruby:
              image: ruby:latest
            """))
        .containsExactly(".gitlab/ci/templates.yml:2:10 image 'ruby:latest' uses the tag "
            + "'latest', which points to a different image whenever a new release is pushed");
  }

  @Test
  void topLevelImageAndServicesOfAFileWithoutJobsAreJudged() {
    assertThat(GitLabLint.findings("GLC001",
        "ci/defaults.gitlab-ci.yml", """
            image: python
            services: [docker:24.0.7-dind]
            """))
        .containsExactly(
            "ci/defaults.gitlab-ci.yml:1:8 image 'python' has no tag, so it runs whatever "
                + "'latest' is when the job starts",
            "ci/defaults.gitlab-ci.yml:2:12 service 'docker:24.0.7-dind' is pinned to the tag "
                + "'24.0.7-dind' but not to a digest; the tag can be moved to a different image");
  }

  @Test
  void variablesAreLeftAloneUnlessTheTagIsLiterallyLatest() {
    assertThat(GitLabLint.findings("GLC001",
        ".gitlab-ci.yml", """
            a:
              image: $IMAGE
              script: [make]
            b:
              image: ${REGISTRY}/tools:${TOOLS_VERSION:-latest}
              script: [make]
            c:
              image: $REGISTRY/tools:latest
              script: [make]
            d:
              image: localhost:5000/tools
              script: [make]
            """))
        .containsExactly(
            ".gitlab-ci.yml:8:10 image '$REGISTRY/tools:latest' uses the tag 'latest', which "
                + "points to a different image whenever a new release is pushed",
            ".gitlab-ci.yml:11:10 image 'localhost:5000/tools' has no tag, so it runs whatever "
                + "'latest' is when the job starts");
  }
}
