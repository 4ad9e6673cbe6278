package dev.plumbline.rules.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.rules.ProjectLint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The delivery rules that look across jobs and workflows of one repository. */
class DeliveryRulesTest {

  private static final String CI = ".github/workflows/ci.yml";

  private static String deploy(String needs) {
    return """
          deploy:
            needs: %s
            runs-on: ubuntu-24.04
            environment: production
            steps:
              - run: ./scripts/deploy.sh production
        """.formatted(needs);
  }

  private static List<String> gha020(String... files) {
    return ProjectLint.findings("GHA020", Map.of(), files);
  }

  @Test
  void transitiveNeedsOfATestJobGate() {
    String workflow = """
        on: push
        jobs:
          test:
            runs-on: ubuntu-24.04
            steps: [{run: go test ./...}]
          build:
            needs: test
            runs-on: ubuntu-24.04
            steps: [{run: go build ./...}]
        """ + deploy("[build]");
    assertThat(gha020(CI, workflow)).isEmpty();
  }

  @Test
  void aDeployNeedingOnlyTheBuildIsNotGated() {
    String workflow = """
        on: push
        jobs:
          test:
            runs-on: ubuntu-24.04
            steps: [{run: go test ./...}]
          build:
            runs-on: ubuntu-24.04
            steps: [{run: go build ./...}]
        """ + deploy("[build]");
    assertThat(gha020(CI, workflow)).containsExactly(
        CI + ":10:12 job 'deploy' deploys to production after 'build' only: none of them runs "
            + "tests");
  }

  @Test
  void aTestJobThatContinuesOnErrorGatesNothing() {
    String workflow = """
        on: push
        jobs:
          test:
            runs-on: ubuntu-24.04
            continue-on-error: true
            steps: [{run: go test ./...}]
        """ + deploy("[test]");
    assertThat(gha020(CI, workflow)).singleElement().asString()
        .contains("after test jobs that continue on error: 'test'");
  }

  @Test
  void aLocalReusableWorkflowThatRunsTestsIsATestJob() {
    String caller = """
        on: push
        jobs:
          prepare:
            uses: ./.github/workflows/stages.yml
        """ + deploy("[prepare]");
    String tests = """
        on: workflow_call
        jobs:
          unit:
            runs-on: ubuntu-24.04
            steps: [{run: npm test}]
        """;
    String noTests = """
        on: workflow_call
        jobs:
          docs:
            runs-on: ubuntu-24.04
            steps: [{run: make docs}]
        """;
    assertThat(gha020(CI, caller, ".github/workflows/stages.yml", tests)).isEmpty();
    assertThat(gha020(CI, caller, ".github/workflows/stages.yml", noTests)).singleElement()
        .asString().contains("after 'prepare' only");
    // another repository's workflow, or one not found, cannot be judged
    assertThat(gha020(CI, caller)).isEmpty();
    assertThat(gha020(CI, caller.replace("./.github/workflows/stages.yml",
        "acme/shared/.github/workflows/stages.yml@v1"))).isEmpty();
  }

  @Test
  void aWorkflowRunDeployIsGatedByTheUpstreamWorkflowWhenItChecksTheConclusion() {
    String upstream = """
        name: CI
        on: push
        jobs:
          build:
            runs-on: ubuntu-24.04
            steps: [{run: npm test}]
        """;
    String unchecked = """
        on:
          workflow_run:
            workflows: [CI]
            types: [completed]
        jobs:
          deploy:
            runs-on: ubuntu-24.04
            environment: production
            steps:
              - run: ./scripts/deploy.sh production
        """;
    String checked = unchecked.replace("    runs-on: ubuntu-24.04\n",
        "    if: ${{ github.event.workflow_run.conclusion == 'success' }}\n"
            + "    runs-on: ubuntu-24.04\n");
    String deployYml = ".github/workflows/deploy.yml";
    assertThat(gha020(CI, upstream, deployYml, unchecked)).containsExactly(deployYml
        + ":6:3 job 'deploy' deploys to production when workflow 'CI' completes, whether it "
        + "succeeded or failed");
    assertThat(gha020(CI, upstream, deployYml, checked)).isEmpty();
    assertThat(gha020(CI, upstream.replace("npm test", "npm run build"), deployYml, checked))
        .singleElement().asString().contains("after workflow 'CI' succeeds, but it runs no tests");
    // the upstream workflow is not part of the run: given the benefit of the doubt
    assertThat(gha020(deployYml, checked)).isEmpty();
  }

  @Test
  void testStepsBeforeTheDeployStepGate() {
    String workflow = """
        on: push
        jobs:
          deploy:
            runs-on: ubuntu-24.04
            environment: production
            steps:
              - run: npm test
              - run: ./scripts/deploy.sh production
        """;
    assertThat(gha020(CI, workflow)).isEmpty();
    String after = workflow.replace("- run: npm test\n", "- run: ./scripts/deploy.sh prod\n")
        .replace("- run: ./scripts/deploy.sh production\n", "- run: npm test\n");
    assertThat(gha020(CI, after)).singleElement().asString()
        .contains("no job of this workflow runs tests before it");
  }

  @Test
  void alwaysRunsTheDeployWhateverFailed() {
    String workflow = """
        on: push
        jobs:
          test:
            runs-on: ubuntu-24.04
            steps: [{run: npm test}]
          deploy:
            needs: test
            if: always()
            runs-on: ubuntu-24.04
            environment: production
            steps: [{run: ./scripts/deploy.sh production}]
        """;
    assertThat(gha020(CI, workflow)).containsExactly(CI + ":8:9 job 'deploy' deploys to "
        + "production with 'if: always()': it runs even when the tests fail");
  }

  private static final String BUILD = """
      on: push
      jobs:
        image:
          runs-on: ubuntu-24.04
          steps:
            - run: docker build -t app .
      """;
  private static final String SCAN = """
      on: pull_request
      jobs:
        codeql:
          runs-on: ubuntu-24.04
          steps:
            - uses: github/codeql-action/analyze@v3
      """;

  @Test
  void scanningIsJudgedAcrossTheRepositoryAndReportedOnce() {
    String release = ".github/workflows/release.yml";
    assertThat(ProjectLint.findings("GHA021", Map.of(), CI, BUILD, release, BUILD))
        .containsExactly(CI + ":6:14 step 'step 1' builds a container image, but no workflow "
            + "of the repository runs a security scanner");
    assertThat(ProjectLint.findings("GHA021", Map.of(), CI, BUILD,
        ".github/workflows/codeql.yml", SCAN)).isEmpty();
  }

  @Test
  void aScanInALocalActionOrReusableWorkflowCounts() {
    String action = """
        runs:
          using: composite
          steps:
            - run: trivy fs .
              shell: bash
        """;
    String usesAction = BUILD + "      - uses: ./.github/actions/scan\n";
    assertThat(ProjectLint.findings("GHA021", Map.of(), CI, usesAction,
        ".github/actions/scan/action.yml", action)).isEmpty();
    String calls = BUILD + "  security:\n    uses: ./.github/workflows/codeql.yml\n";
    assertThat(ProjectLint.findings("GHA021", Map.of(), CI, calls,
        ".github/workflows/codeql.yml", SCAN.replace("on: pull_request", "on: workflow_call")))
        .isEmpty();
  }

  @Test
  void concurrencyOfACalledDeployWorkflowCounts() {
    String caller = """
        on: push
        jobs:
          deploy:
            uses: ./.github/workflows/deploy.yml
        """;
    String called = """
        on: workflow_call
        jobs:
          deploy:
            runs-on: ubuntu-24.04
            environment: production
            steps: [{run: ./scripts/deploy.sh production}]
        """;
    String deployYml = ".github/workflows/deploy.yml";
    assertThat(ProjectLint.findings("GHA023", Map.of(), CI, caller, deployYml, called))
        .containsExactly(CI + ":3:3 deploy job 'deploy' has no concurrency group: two runs can "
            + "deploy at the same time");
    assertThat(ProjectLint.findings("GHA023", Map.of(), CI, caller, deployYml,
        called.replace("on: workflow_call\n", "on: workflow_call\nconcurrency: prod\n")))
        .isEmpty();
  }
}
