package dev.plumbline.rules.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeployNotGatedByTestsTest {

  private static final String JOBS = """
      build:
        stage: build
        script: make
      test:
        stage: test
        script: make test
      """;

  private static List<String> lint(String deploy) {
    return GitLabLint.findings("GLC006", ".gitlab-ci.yml",
        "stages: [build, test, deploy]\n" + JOBS + deploy);
  }

  private static String deploy(String needs) {
    return "deploy-production:\n  stage: deploy\n  environment: production\n"
        + (needs == null ? "" : "  needs: " + needs + "\n") + "  script: ./deploy.sh\n";
  }

  @Test
  void stageOrderGatesADeployWithoutNeeds() {
    assertThat(lint(deploy(null))).isEmpty();
  }

  @Test
  void needsOverridesStageOrder() {
    assertThat(lint(deploy("[build]"))).containsExactly(
        ".gitlab-ci.yml:11:10 job 'deploy-production' deploys to production after 'build' only:"
            + " 'needs' lets it start without waiting for the tests");
    assertThat(lint(deploy("[build, test]"))).isEmpty();
    assertThat(lint(deploy("[]"))).singleElement().asString()
        .startsWith(".gitlab-ci.yml:11:10 job 'deploy-production' has 'needs: []'");
  }

  @Test
  void aNeedThatNeedsTheTestsGatesTheDeploy() {
    String stages = "stages: [build, test, package, deploy]\n" + JOBS;
    String gated = "package:\n  stage: package\n  needs: [test]\n  script: make dist\n"
        + deploy("[package]");
    assertThat(GitLabLint.findings("GLC006", ".gitlab-ci.yml", stages + gated)).isEmpty();
    // without needs, 'package' waits for the test stage: that gates the deploy too
    assertThat(GitLabLint.findings("GLC006", ".gitlab-ci.yml",
        stages + gated.replace("  needs: [test]\n", ""))).isEmpty();
    String ungated = gated.replace("needs: [test]", "needs: [build]");
    assertThat(GitLabLint.findings("GLC006", ".gitlab-ci.yml", stages + ungated))
        .singleElement().asString().contains("after 'package' only");
  }

  @Test
  void aDeployInTheTestsStageIsNotGated() {
    assertThat(GitLabLint.findings("GLC006", ".gitlab-ci.yml", "stages: [build, test]\n" + JOBS
        + "deploy-production:\n  stage: test\n  environment: production\n  script: x\n"))
        .singleElement().asString().startsWith(".gitlab-ci.yml:9:10 job 'deploy-production' in "
            + "stage 'test' deploys to production before or alongside its test jobs");
  }

  @Test
  void testsInAnIncludedFileGateTheDeploy() {
    String main = """
        include:
          - local: .gitlab/ci/test.yml
        stages: [build, test, deploy]
        build:
          stage: build
          script: make
        deploy-production:
          stage: deploy
          environment: production
          needs: [build, unit]
          script: ./deploy.sh
        """;
    String tests = "unit:\n  stage: test\n  script: make test\n";
    assertThat(GitLabLint.findings("GLC006", ".gitlab-ci.yml", main,
        ".gitlab/ci/test.yml", tests)).isEmpty();
    assertThat(GitLabLint.findings("GLC006", ".gitlab-ci.yml", main.replace("[build, unit]",
        "[build]"), ".gitlab/ci/test.yml", tests)).singleElement().asString()
        .startsWith(".gitlab-ci.yml:10:10 job 'deploy-production' deploys to production after "
            + "'build' only");
    // tests allowed to fail in the included file gate nothing
    assertThat(GitLabLint.findings("GLC006", ".gitlab-ci.yml", main, ".gitlab/ci/test.yml",
        tests + "  allow_failure: true\n")).singleElement().asString()
        .contains("after test jobs that are allowed to fail: 'unit'");
  }

  @Test
  void absentTestsAreConcludedOnlyInACompletePipeline() {
    String noTests = "build:\n  stage: build\n  script: make\n" + deploy(null);
    assertThat(GitLabLint.findings("GLC006", ".gitlab-ci.yml",
        "stages: [build, deploy]\n" + noTests)).singleElement().asString()
        .endsWith("deploys to production but the pipeline runs no test job");
    // a fragment another pipeline includes, or a pipeline with remote includes: unknown
    assertThat(GitLabLint.findings("GLC006", "ci/deploy.gitlab-ci.yml", noTests)).isEmpty();
    assertThat(GitLabLint.findings("GLC006", ".gitlab-ci.yml", "include:\n  - template: "
        + "Jobs/Test.gitlab-ci.yml\nstages: [build, test, deploy]\n" + noTests)).isEmpty();
    // needs naming a job of an unread file: unknown
    assertThat(GitLabLint.findings("GLC006", ".gitlab-ci.yml", "include:\n  - project: a/b\n"
        + "    file: ci.yml\n    ref: v1\nstages: [build, test, deploy]\n"
        + "build:\n  stage: build\n  script: make\n" + deploy("[build, unit]"))).isEmpty();
  }

  @Test
  void onlyProductionDeploysAreJudged() {
    assertThat(lint("deploy-staging:\n  stage: deploy\n  environment: staging\n  needs: []\n"
        + "  script: x\n")).isEmpty();
    assertThat(lint("deploy-prod:\n  stage: deploy\n  needs: []\n  script: x\n")).hasSize(1);
  }

  @Test
  void needsCyclesAndOtherProjectsAreLeftAlone() {
    assertThat(lint("a:\n  stage: deploy\n  needs: [deploy-production]\n  script: x\n"
        + deploy("[a]"))).isEmpty();
    assertThat(lint(deploy("[{project: group/tests, job: test, ref: main}]"))).isEmpty();
  }
}
