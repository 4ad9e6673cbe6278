package dev.plumbline.rules.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlLimits;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlParser;
import org.junit.jupiter.api.Test;

class JobRolesTest {

  private static Job job(String jobYaml) {
    SourceFile file = SourceFile.of("ci.yml", "on: push\njobs:\n" + jobYaml.indent(2));
    YamlMapping root = (YamlMapping) new YamlParser(YamlLimits.DEFAULT, true).parse(file)
        .documents().get(0).root();
    return new Workflow(root).jobs().get(0);
  }

  @Test
  void testsAreKnownByNameCommandsOrActions() {
    assertThat(JobRoles.isTest(job("unit-tests: {runs-on: x, steps: [{run: make}]}"))).isTrue();
    assertThat(JobRoles.isTest(job("a: {runs-on: x, steps: [{run: python -m pytest -q}]}")))
        .isTrue();
    assertThat(JobRoles.isTest(job(
        "a: {runs-on: x, steps: [{uses: golangci/golangci-lint-action@v6}]}"))).isTrue();
    assertThat(JobRoles.isTest(job("build: {runs-on: x, steps: [{run: npm run build}]}")))
        .isFalse();
    // a deploy with 'test' in its name is no check
    assertThat(JobRoles.isTest(job("deploy-test: {runs-on: x, steps: [{run: make}]}")))
        .isFalse();
  }

  @Test
  void deploysAreKnownByCommandsActionsAndNames() {
    assertThat(JobRoles.isDeploy(job("a: {runs-on: x, steps: [{run: kubectl set image d/w w=i}]}")))
        .isTrue();
    assertThat(JobRoles.isDeploy(job("a: {runs-on: x, steps: [{run: aws ecs update-service --cluster c}]}")))
        .isTrue();
    assertThat(JobRoles.isDeploy(job("a: {runs-on: x, steps: [{run: gcloud run deploy api}]}")))
        .isTrue();
    assertThat(JobRoles.isDeploy(job("a: {runs-on: x, steps: [{run: ./scripts/deploy.sh}]}")))
        .isTrue();
    assertThat(JobRoles.isDeploy(job(
        "a: {runs-on: x, steps: [{uses: azure/webapps-deploy@v3}]}"))).isTrue();
    assertThat(JobRoles.isDeploy(job(
        "a: {runs-on: x, steps: [{uses: superfly/flyctl-actions@v1, with: {args: deploy}}]}")))
        .isTrue();
    assertThat(JobRoles.isDeploy(job(
        "a: {runs-on: x, steps: [{run: kubectl apply --dry-run=server -f k8s/}]}"))).isFalse();
    assertThat(JobRoles.isDeploy(job("a: {runs-on: x, steps: [{run: kubectl rollout status d}]}")))
        .isFalse();
    assertThat(JobRoles.isDeploy(job("rollout: {runs-on: x, steps: [{run: make}]}"))).isTrue();
  }

  @Test
  void productionGoesByTheWrittenEnvironmentElseByNameOrTarget() {
    assertThat(JobRoles.isProductionDeploy(job(
        "deploy: {runs-on: x, environment: production, steps: [{run: make}]}"))).isTrue();
    assertThat(JobRoles.isProductionDeploy(job(
        "deploy-prod: {runs-on: x, environment: {name: staging}, steps: [{run: make}]}")))
        .isFalse();
    assertThat(JobRoles.isProductionDeploy(job(
        "deploy: {runs-on: x, environment: '${{ inputs.env }}', steps: [{run: make}]}")))
        .isFalse();
    assertThat(JobRoles.isProductionDeploy(job(
        "ship: {runs-on: x, steps: [{run: helm upgrade app ./c -n production}]}"))).isTrue();
    assertThat(JobRoles.isProductionDeploy(job(
        "ship: {runs-on: x, steps: [{run: helm upgrade app ./c -n pre-prod}]}"))).isFalse();
    assertThat(JobRoles.isProductionDeploy(job(
        "prod-image: {runs-on: x, steps: [{run: docker build .}]}"))).isFalse();
  }
}
