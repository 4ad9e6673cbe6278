package dev.plumbline.rules.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.discovery.DiscoveryResult;
import dev.plumbline.core.engine.discovery.FileDiscovery;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.score.Fact;
import dev.plumbline.core.score.FactKind;
import dev.plumbline.core.score.MaturityScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts a run collects from GitLab pipelines, Kubernetes manifests and Terraform modules,
 * which the score's fixture repositories (GitHub-based) do not all reach.
 */
@Timeout(60)
class RepositoryFactsTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  @TempDir
  Path dir;

  private List<String> facts(String... pathsAndTexts) throws IOException {
    return facts(2, pathsAndTexts);
  }

  private List<String> facts(int jobs, String... pathsAndTexts) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      Path file = dir.resolve(pathsAndTexts[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, pathsAndTexts[i + 1]);
    }
    DiscoveryResult found = new FileDiscovery(List.of()).discover(List.of(dir), dir);
    RepositoryFacts facts = new RepositoryFacts();
    new Engine(MaturityScore.ruleSet(REGISTRY), new EngineOptions(jobs, 1 << 20))
        .run(found.files(), found.notifications(), facts);
    return facts.facts().stream()
        .map(f -> f.kind() + " " + f.path() + ":" + f.line() + " " + f.note()).toList();
  }

  private static List<String> of(List<String> facts, FactKind kind) {
    return facts.stream().filter(f -> f.startsWith(kind + " ")).toList();
  }

  @Test
  void gitLabPipelinesShowManualProductionDeploysStopJobsScansAndSchedules() throws IOException {
    List<String> facts = facts(".gitlab-ci.yml", """
        include:
          - template: Jobs/Container-Scanning.gitlab-ci.yml
        stages: [test, build, deploy]
        unit:
          stage: test
          script: pytest
        build-image:
          stage: build
          script:
            - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" .
            - trivy image --exit-code 1 "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"
        staging:
          stage: deploy
          environment: staging
          script: helm upgrade --install app ./chart --wait
        production:
          stage: deploy
          environment:
            name: production
            on_stop: stop-production
          when: manual
          secrets:
            KUBE_CONFIG:
              vault: deploy/kube/config@ops
          script: helm upgrade --install app ./chart --atomic
        stop-production:
          stage: deploy
          environment:
            name: production
            action: stop
          when: manual
          script: helm uninstall app
        drift:
          stage: test
          rules:
            - if: $CI_PIPELINE_SOURCE == "schedule"
          script: terraform plan -detailed-exitcode
        """);
    assertThat(of(facts, FactKind.CI_ON_CHANGE)).containsExactly(
        "CI_ON_CHANGE .gitlab-ci.yml:1 GitLab runs the pipeline on every push");
    assertThat(of(facts, FactKind.TEST_JOB)).anyMatch(f -> f.contains("job 'unit'"));
    assertThat(of(facts, FactKind.IMAGE_SCAN)).containsExactly(
        "IMAGE_SCAN .gitlab-ci.yml:2 GitLab's container scanning is included",
        "IMAGE_SCAN .gitlab-ci.yml:11 'trivy image --exit-code 1 "
            + "\"$CI_REGISTRY_IMAGE:$CI_COMMIT_...' scans an image");
    assertThat(of(facts, FactKind.IMAGE_SCAN_GATE)).hasSize(1);
    assertThat(of(facts, FactKind.STAGING_DEPLOY)).containsExactly(
        "STAGING_DEPLOY .gitlab-ci.yml:14 job 'staging' deploys to staging");
    assertThat(of(facts, FactKind.PRODUCTION_APPROVAL)).containsExactly(
        "PRODUCTION_APPROVAL .gitlab-ci.yml:16 job 'production' waits for someone to start it "
            + "(when: manual)");
    assertThat(of(facts, FactKind.PRODUCTION_WITHOUT_APPROVAL)).isEmpty();
    assertThat(of(facts, FactKind.ROLLBACK)).containsExactly(
        "ROLLBACK .gitlab-ci.yml:25 'helm upgrade --install app ./chart --atomic' rolls back",
        "ROLLBACK .gitlab-ci.yml:26 job 'stop-production' stops the environment");
    assertThat(of(facts, FactKind.ROLLOUT_CHECK)).hasSize(2);
    assertThat(of(facts, FactKind.SECRET_MANAGER)).containsExactly(
        "SECRET_MANAGER .gitlab-ci.yml:22 job 'production' reads secrets from a secret manager");
    assertThat(of(facts, FactKind.DRIFT_DETECTION)).containsExactly(
        "DRIFT_DETECTION .gitlab-ci.yml:37 a scheduled 'terraform plan -detailed-exitcode' "
            + "looks for drift");
  }

  @Test
  void anAutomaticProductionDeployHasNoApproval() throws IOException {
    List<String> facts = facts(".gitlab-ci.yml", """
        deploy-prod:
          environment: production
          script: ./deploy.sh
        """);
    assertThat(of(facts, FactKind.PRODUCTION_WITHOUT_APPROVAL)).containsExactly(
        "PRODUCTION_WITHOUT_APPROVAL .gitlab-ci.yml:1 job 'deploy-prod' deploys to production "
            + "without waiting for anyone");
    assertThat(of(facts, FactKind.DEPLOY_ENVIRONMENT)).hasSize(1);
  }

  @Test
  void kubernetesWorkloadsReplicasStrategiesAndControllers() throws IOException {
    List<String> facts = facts("k8s/apps.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          strategy: {type: Recreate}
          template:
            spec:
              containers:
                - name: web
                  image: web:1
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api}
        spec:
          template:
            spec:
              securityContext: {runAsUser: 1000}
              containers:
                - name: api
                  image: api@sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b
                  envFrom:
                    - secretRef: {name: api}
        """, "k8s/hpa.yaml", """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: api}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
          maxReplicas: 5
        ---
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: shop}
        spec:
          syncPolicy:
            automated: {prune: true, selfHeal: true}
        """);
    assertThat(of(facts, FactKind.WORKLOAD)).hasSize(2);
    assertThat(of(facts, FactKind.RECREATE_STRATEGY)).hasSize(1);
    assertThat(of(facts, FactKind.SINGLE_REPLICA)).containsExactly(
        "SINGLE_REPLICA k8s/apps.yaml:2 Deployment 'web' runs one replica (the default) and no "
            + "autoscaler");
    assertThat(of(facts, FactKind.REPLICATED)).containsExactly(
        "REPLICATED k8s/apps.yaml:13 Deployment 'api' is scaled by HorizontalPodAutoscaler "
            + "'api'");
    assertThat(of(facts, FactKind.NON_ROOT)).containsExactly(
        "NON_ROOT k8s/apps.yaml:18 container 'api' runs as a non-root UID");
    assertThat(of(facts, FactKind.IMAGE_DIGEST)).hasSize(1);
    assertThat(of(facts, FactKind.SECRET_INJECTION)).hasSize(1);
    assertThat(of(facts, FactKind.DRIFT_DETECTION)).containsExactly(
        "DRIFT_DETECTION k8s/hpa.yaml:9 Application 'shop' heals drift from Git (selfHeal)");
  }

  @Test
  void terraformBackendsAreLockedOrNot() throws IOException {
    List<String> facts = facts(
        "gcs/main.tf", "terraform {\n  backend \"gcs\" {\n    bucket = \"s\"\n  }\n}\n",
        "partial/main.tf", "terraform {\n  backend \"s3\" {}\n}\n",
        "local/main.tf", "terraform {\n  backend \"local\" {}\n}\n",
        "cloud/main.tf", "terraform {\n  cloud {\n    organization = \"acme\"\n  }\n}\n",
        "ecs/main.tf", """
            resource "aws_ecs_service" "app" {
              name = "app"
              deployment_circuit_breaker {
                enable   = true
                rollback = true
              }
            }
            resource "aws_kms_key" "k" {
              enable_key_rotation = false
            }
            """);
    assertThat(of(facts, FactKind.REMOTE_STATE_LOCKED)).containsExactly(
        "REMOTE_STATE_LOCKED cloud/main.tf:2 a cloud block keeps the state in HCP Terraform, "
            + "which locks it",
        "REMOTE_STATE_LOCKED gcs/main.tf:2 backend 'gcs' keeps the state remote and locks it",
        "REMOTE_STATE_LOCKED partial/main.tf:2 backend 's3' keeps the state remote and locks it");
    assertThat(of(facts, FactKind.REMOTE_STATE_UNLOCKED)).containsExactly(
        "REMOTE_STATE_UNLOCKED local/main.tf:2 backend 'local' keeps the state on local disk");
    assertThat(of(facts, FactKind.ROLLBACK)).containsExactly(
        "ROLLBACK ecs/main.tf:3 aws_ecs_service.app rolls a failed deployment back (circuit "
            + "breaker)");
    assertThat(of(facts, FactKind.SECRET_ROTATION)).isEmpty();
    assertThat(of(facts, FactKind.TERRAFORM_MODULE)).hasSize(5);
  }

  @Test
  void theFactsAreTheSameOnOneThreadAndOnMany() throws IOException {
    String[] files = {"Dockerfile", "FROM alpine AS b\nRUN --mount=type=secret,id=t make\n"
        + "FROM scratch\nUSER 1000\n", "k8s/a.yaml", "apiVersion: apps/v1\nkind: Deployment\n"
        + "metadata: {name: a}\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n"
        + "        - name: a\n          image: a:1\n          readinessProbe: {exec: {command: "
        + "[true]}}\n"};
    List<String> once = facts(1, files);
    assertThat(once).contains("MULTI_STAGE Dockerfile:3 the image is built in 2 stages",
        "NON_ROOT Dockerfile:4 the image runs as user '1000'",
        "SECRET_INJECTION Dockerfile:2 RUN mounts a build secret instead of copying it into a "
            + "layer",
        "REPLICATED k8s/a.yaml:5 Deployment 'a' runs 3 replicas");
    assertThat(once).anyMatch(f -> f.startsWith("READINESS_PROBE k8s/a.yaml:11"));
    assertThat(facts(4, files)).isEqualTo(once);
  }

  @Test
  void sortedByPlace() {
    FactSink sink = new FactSink();
    sink.add(FactKind.TEST_JOB, "b.yml", dev.plumbline.core.source.Span.at(
        new dev.plumbline.core.source.Position(2, 1, 0)), "b");
    sink.add(FactKind.TEST_JOB, "a.yml", dev.plumbline.core.source.Span.at(
        new dev.plumbline.core.source.Position(9, 1, 0)), "a");
    sink.add(FactKind.TEST_JOB, "a.yml", dev.plumbline.core.source.Span.at(
        new dev.plumbline.core.source.Position(9, 1, 0)), "a");
    assertThat(sink.sorted()).extracting(Fact::path, Fact::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a.yml", 9),
            org.assertj.core.groups.Tuple.tuple("b.yml", 2));
  }
}
