package dev.plumbline.rules.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlLimits;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlParser;
import org.junit.jupiter.api.Test;

class JobRolesTest {

  private static Job job(String name, String text) {
    SourceFile file = SourceFile.of(".gitlab-ci.yml", text);
    YamlMapping root = (YamlMapping) new YamlParser(YamlLimits.DEFAULT, true).parse(file)
        .documents().get(0).root();
    return new Pipeline(file, root).job(name).orElseThrow();
  }

  @Test
  void testsAreKnownByWrittenStageNameOrCommands() {
    assertThat(JobRoles.isTest(job("a", "a: {stage: lint, script: make}"))).isTrue();
    assertThat(JobRoles.isTest(job("unit-tests", "unit-tests: {stage: build, script: make}")))
        .isTrue();
    assertThat(JobRoles.isTest(job("rspec", "rspec: {stage: build, script: bundle exec rspec}")))
        .isTrue();
    assertThat(JobRoles.isTest(job("py", "py: {stage: build, script: python -m pytest -q}")))
        .isTrue();
    assertThat(JobRoles.isTest(job("js", "js: {stage: build, script: npx jest --ci}"))).isTrue();
    assertThat(JobRoles.isTest(job("mvn", "mvn: {stage: build, script: ./mvnw -B verify}")))
        .isTrue();
    // GitLab's default stage is 'test', but an unnamed stage does not make a job a test
    assertThat(JobRoles.isTest(job("notify", "notify: {script: ./notify.sh}"))).isFalse();
    assertThat(JobRoles.isTest(job("build", "build: {stage: build, script: npm run build}")))
        .isFalse();
  }

  @Test
  void deploysAreNotTestsEvenInTheTestStage() {
    Job deployTest = job("deploy-test", "deploy-test: {stage: test, script: ./deploy.sh}");
    assertThat(JobRoles.isDeploy(deployTest)).isTrue();
    assertThat(JobRoles.isTest(deployTest)).isFalse();
    Job smoke = job("smoke-test", """
        smoke-test:
          stage: test
          environment: {name: production, action: verify}
          script: npm test
        """);
    assertThat(JobRoles.isDeploy(smoke)).isFalse();
    assertThat(JobRoles.isTest(smoke)).isFalse();
  }

  @Test
  void deploysAreKnownByEnvironmentNameOrStage() {
    assertThat(JobRoles.isDeploy(job("a", "a: {environment: staging, script: x}"))).isTrue();
    assertThat(JobRoles.isDeploy(job("a", "a: {environment: {name: x, action: stop}, script: x}")))
        .isFalse();
    assertThat(JobRoles.isDeploy(job("publish", "publish: {stage: build, script: x}"))).isTrue();
    assertThat(JobRoles.isDeploy(job("a", "a: {stage: production, script: x}"))).isTrue();
    assertThat(JobRoles.isDeploy(job("compile", "compile: {stage: build, script: x}"))).isFalse();
  }

  @Test
  void productionDeploysGoByTheWrittenEnvironmentElseByName() {
    assertThat(JobRoles.isProductionDeploy(job("a",
        "a: {environment: {name: production}, script: x}"))).isTrue();
    assertThat(JobRoles.isProductionDeploy(job("deploy-prod",
        "deploy-prod: {environment: staging, script: x}"))).isFalse();
    // a name made of variables says nothing: the job's name decides
    assertThat(JobRoles.isProductionDeploy(job("deploy-prod",
        "deploy-prod: {environment: $TARGET, script: x}"))).isTrue();
    assertThat(JobRoles.isProductionDeploy(job("deploy",
        "deploy: {environment: $TARGET, script: x}"))).isFalse();
    assertThat(JobRoles.isProductionDeploy(job("prod", "prod: {stage: deploy, script: x}")))
        .isTrue();
    assertThat(JobRoles.isProductionDeploy(job("prod-image", "prod-image: {stage: build, "
        + "script: x}"))).isFalse();
  }

  @Test
  void productionNamesExcludePreProductionAndReviewApps() {
    assertThat(JobRoles.isProduction("production")).isTrue();
    assertThat(JobRoles.isProduction("prod/eu-west-1")).isTrue();
    assertThat(JobRoles.isProduction("deploy-live")).isTrue();
    assertThat(JobRoles.isProduction("Production")).isTrue();
    assertThat(JobRoles.isProduction("pre-prod")).isFalse();
    assertThat(JobRoles.isProduction("preprod")).isFalse();
    assertThat(JobRoles.isProduction("non_production")).isFalse();
    assertThat(JobRoles.isProduction("pre-production")).isFalse();
    assertThat(JobRoles.isProduction("products")).isFalse();
    assertThat(JobRoles.isProduction("staging")).isFalse();
    assertThat(JobRoles.isProduction("review/prod-fix")).isFalse();
    assertThat(JobRoles.isReviewEnvironment("review/$CI_COMMIT_REF_SLUG")).isTrue();
    assertThat(JobRoles.isReviewEnvironment("mr-${CI_MERGE_REQUEST_IID}")).isTrue();
    assertThat(JobRoles.isReviewEnvironment("production")).isFalse();
  }

  @Test
  void environmentActionIsReadFromTheMapping() {
    assertThat(JobRoles.environmentAction(job("a",
        "a: {environment: {name: p, action: stop}, script: x}"))).contains("stop");
    assertThat(JobRoles.environmentAction(job("a", "a: {environment: p, script: x}"))).isEmpty();
  }

  @Test
  void anEnvironmentUsedForItsProtectedVariablesIsNoTargetDeploy() {
    assertThat(JobRoles.isTargetDeploy(job("sign", "sign: {stage: package, "
        + "environment: {name: sign-macos}, script: x}"))).isFalse();
    assertThat(JobRoles.isTargetDeploy(job("sign", "sign: {stage: package, "
        + "environment: {name: cdn, url: 'https://cdn.example.com'}, script: x}"))).isTrue();
    assertThat(JobRoles.isTargetDeploy(job("a", "a: {stage: package, environment: staging, "
        + "script: x}"))).isTrue();
    assertThat(JobRoles.isTargetDeploy(job("upload", "upload: {stage: deploy, environment: "
        + "rsync, script: x}"))).isTrue();
    assertThat(JobRoles.isTargetDeploy(job("package", "package: {stage: package, environment: "
        + "'package/$CI_COMMIT_REF_NAME', script: x}"))).isFalse();
    assertThat(JobRoles.isTargetDeploy(job("verify images", "verify images: {stage: post, "
        + "environment: {name: stable/images, url: 'https://hub.example.com'}, script: x}")))
        .isFalse();
  }

  @Test
  void aJobIsManualWhenEveryRuleThatRunsItIs() {
    assertThat(JobRoles.isManual(job("a", "a: {when: manual, script: x}"))).isTrue();
    assertThat(JobRoles.isManual(job("a", """
        a:
          script: x
          rules:
            - if: $SKIP
              when: never
            - if: $CI_COMMIT_TAG
              when: manual
        """))).isTrue();
    assertThat(JobRoles.isManual(job("a", """
        a:
          script: x
          rules:
            - if: $CI_COMMIT_TAG
              when: manual
            - if: $CI_COMMIT_BRANCH
        """))).isFalse();
    assertThat(JobRoles.isManual(job("a", "a: {script: x}"))).isFalse();
  }

  @Test
  void validationCommandsAreChecks() {
    assertThat(JobRoles.isTest(job("a", "a: {stage: build, script: terraform validate}")))
        .isTrue();
    assertThat(JobRoles.isTest(job("a", "a: {stage: build, script: helm lint chart/}")))
        .isTrue();
    assertThat(JobRoles.isTest(job("a", "a: {stage: build, script: terraform plan}")))
        .isFalse();
  }
}
