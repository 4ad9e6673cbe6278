package dev.plumbline.rules.kubernetes;

import static dev.plumbline.rules.kubernetes.ProjectLint.files;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** K8S024 over workloads and autoscalers in different files. */
class MissingAutoscalerTest {

  private static final String WORKLOADS = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: web, image: web:1}]}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: db, namespace: shop}
      spec:
        selector: {matchLabels: {app: db}}
        template:
          metadata: {labels: {app: db}}
          spec: {containers: [{name: db, image: db:1}]}
      """;

  private static final String HPA = """
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: {name: %2$s, namespace: %3$s}
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: %1$s, name: %2$s}
        minReplicas: 2
        maxReplicas: 5
      """;

  @Test
  void autoscalersInAnotherFileScaleTheWorkloadTheyName(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S024", files(
        "hpa/web.yaml", HPA.formatted("Deployment", "web", "shop"),
        "workloads.yaml", WORKLOADS,
        "hpa/db.yaml", HPA.formatted("StatefulSet", "db", "shop")))).isEmpty();
  }

  @Test
  void theKindTheNameAndTheNamespaceMustAllMatch(@TempDir Path root) {
    assertThat(ProjectLint.hints(root, "K8S024", files(
        "workloads.yaml", WORKLOADS,
        "hpa.yaml", HPA.formatted("Deployment", "db", "shop") + "---\n"
            + HPA.formatted("Deployment", "web", "staging")))).containsExactly(
        "workloads.yaml:2:1 no HorizontalPodAutoscaler in namespace 'shop' scales "
            + "Deployment/web, so its replica count stays fixed whatever the load | add a "
            + "HorizontalPodAutoscaler (autoscaling/v2) in namespace 'shop' with "
            + "'scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}', "
            + "minReplicas, maxReplicas and a metric",
        "workloads.yaml:11:1 no HorizontalPodAutoscaler in namespace 'shop' scales "
            + "StatefulSet/db, so its replica count stays fixed whatever the load | add a "
            + "HorizontalPodAutoscaler (autoscaling/v2) in namespace 'shop' with "
            + "'scaleTargetRef: {apiVersion: apps/v1, kind: StatefulSet, name: db}', "
            + "minReplicas, maxReplicas and a metric");
  }

  @Test
  void patchesAndOtherKindsAreNotJudged(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S024", files("other.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec: {replicas: 4}
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          template:
            spec: {containers: [{name: db, image: db:2}]}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          template:
            spec: {containers: [{name: agent, image: agent:1}]}
        """))).isEmpty();
  }
}
