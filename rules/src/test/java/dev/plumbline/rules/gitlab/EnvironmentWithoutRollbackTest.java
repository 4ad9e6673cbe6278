package dev.plumbline.rules.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnvironmentWithoutRollbackTest {

  private static final String MAIN = """
      include:
        - local: .gitlab/ci/stop.yml
      deploy-production:
        stage: deploy
        environment:
          name: production
        script: ./deploy.sh
      """;

  @Test
  void aStopJobInAnIncludedFileIsAStopPath() {
    String stop = """
        stop-production:
          stage: deploy
          environment: {name: production, action: stop}
          when: manual
          script: ./deploy.sh --stop
        """;
    assertThat(GitLabLint.findings("GLC016", ".gitlab-ci.yml", MAIN, ".gitlab/ci/stop.yml",
        stop)).isEmpty();
    assertThat(GitLabLint.findings("GLC016", ".gitlab-ci.yml", MAIN, ".gitlab/ci/stop.yml",
        stop.replace("name: production", "name: staging"))).containsExactly(
            ".gitlab-ci.yml:6:11 production environment 'production' has no stop or rollback job");
  }

  @Test
  void aPipelineWithUnreadIncludesIsLeftAlone() {
    assertThat(GitLabLint.findings("GLC016", ".gitlab-ci.yml", MAIN.replace(
        "local: .gitlab/ci/stop.yml", "remote: https://example.com/ci.yml"))).isEmpty();
  }
}
