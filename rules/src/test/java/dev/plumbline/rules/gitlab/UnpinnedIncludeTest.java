package dev.plumbline.rules.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnpinnedIncludeTest {

  @Test
  void includesOfALocallyIncludedFileAreReportedInThatFile() {
    assertThat(GitLabLint.findings("GLC002",
        ".gitlab-ci.yml", """
            include:
              - local: .gitlab/ci/shared.yml
            build:
              script: [make]
            """,
        ".gitlab/ci/shared.yml", """
            include:
              project: platform/templates
              ref: master
              file: /go.yml
            """))
        .containsExactly(".gitlab/ci/shared.yml:3:8 include of project 'platform/templates' "
            + "uses ref 'master', a branch, so the included code can change under the pipeline");
  }

  @Test
  void versionTagsAndShasArePinnedOtherRefsAreNot() {
    assertThat(GitLabLint.findings("GLC002",
        ".gitlab-ci.yml", """
            include:
              - {project: a/b, ref: v1.2.3, file: x.yml}
              - {project: a/b, ref: 1.2.3-rc.1, file: x.yml}
              - {project: a/b, ref: 0123456789abcdef0123456789abcdef01234567, file: x.yml}
              - {project: a/b, ref: 0a1b2c3, file: x.yml}
              - {project: a/b, ref: release-candidate, file: x.yml}
              - {project: a/b, ref: "${REF}", file: x.yml}
            build:
              script: [make]
            """))
        .containsExactly(
            ".gitlab-ci.yml:5:25 include of project 'a/b' uses ref '0a1b2c3', which is not a "
                + "version tag or a full commit SHA (a branch moves), so the included code can "
                + "change under the pipeline",
            ".gitlab-ci.yml:6:25 include of project 'a/b' uses ref 'release-candidate', which is "
                + "not a version tag or a full commit SHA (a branch moves), so the included code "
                + "can change under the pipeline");
  }

  @Test
  void aComponentVersionFromAVariableIsLeftAlone() {
    assertThat(GitLabLint.findings("GLC002",
        ".gitlab-ci.yml", """
            include:
              - component: gitlab.com/acme/lint@$LINT_VERSION
              - component: $CI_SERVER_FQDN/acme/lint@latest
            build:
              script: [make]
            """))
        .containsExactly(".gitlab-ci.yml:3:42 component '$CI_SERVER_FQDN/acme/lint' is used at "
            + "'latest', the newest release, whatever it is when the pipeline starts");
  }
}
