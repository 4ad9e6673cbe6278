package dev.plumbline.rules.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GLC011 and GLC013 across the files of a repository's pipeline. */
class GitLabScanningAndDuplicatesTest {

  private static final String DEPLOY = """
      stages: [build, deploy]
      include:
        - local: .gitlab/ci/checks.yml
      build:
        stage: build
        script: make
      deploy:
        stage: deploy
        script: ./deploy.sh
      """;

  @Test
  void aScannerJobInAnIncludedFileCounts() {
    assertThat(GitLabLint.findings("GLC013", ".gitlab-ci.yml", DEPLOY,
        ".gitlab/ci/checks.yml", "secrets:\n  stage: build\n  script: gitleaks detect\n"))
        .isEmpty();
  }

  @Test
  void anIncludedFileWithoutAScannerDoesNotSilenceIt() {
    assertThat(GitLabLint.findings("GLC013", ".gitlab-ci.yml", DEPLOY,
        ".gitlab/ci/checks.yml", "unit:\n  stage: build\n  script: make test\n"))
        .containsExactly(".gitlab-ci.yml:7:1 job 'deploy' deploys, but the pipeline runs no "
            + "security scan: no SAST, dependency, secret or container scanning template and no "
            + "scanner job");
  }

  @Test
  void aPipelineWithAnIncludeItCannotReadIsNotJudged() {
    assertThat(GitLabLint.findings("GLC013", ".gitlab-ci.yml", DEPLOY)).isEmpty();
    assertThat(GitLabLint.findings("GLC013", ".gitlab-ci.yml", DEPLOY.replace(
        "local: .gitlab/ci/checks.yml", "project: acme/ci\n    file: checks.yml\n    ref: v1")))
        .isEmpty();
  }

  @Test
  void duplicateRulesInAnIncludedTemplateAreReportedThere() {
    String main = """
        include: .gitlab/ci/rules.yml
        build:
          extends: .always
          script: make
        """;
    String rules = """
        .always:
          rules:
            - when: always
        """;
    assertThat(GitLabLint.findings("GLC011", ".gitlab-ci.yml", main, ".gitlab/ci/rules.yml",
        rules)).singleElement().asString().startsWith(".gitlab/ci/rules.yml:2:3 the rules of "
            + "job 'build' match both branch and merge request pipelines");
  }

  @Test
  void aWorkflowInAnIncludedFileThatPicksOneSilencesIt() {
    String main = """
        include: .gitlab/ci/workflow.yml
        build:
          script: make
          rules:
            - when: always
        """;
    String workflow = """
        workflow:
          rules:
            - if: $CI_COMMIT_BRANCH
        """;
    assertThat(GitLabLint.findings("GLC011", ".gitlab-ci.yml", main, ".gitlab/ci/workflow.yml",
        workflow)).isEmpty();
    assertThat(GitLabLint.findings("GLC011", ".gitlab-ci.yml", main)).isEmpty();
  }
}
