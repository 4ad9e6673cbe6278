package dev.plumbline.rules.kubernetes;

import static dev.plumbline.rules.kubernetes.ProjectLint.files;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** K8S026 over Services and workloads in different files. */
class DanglingServiceTest {

  private static final String WORKLOADS = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: web, tier: front}}
          spec: {containers: [{name: web, image: web:1}]}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: db, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: db}}
          spec: {containers: [{name: db, image: db:1}]}
      """;

  private static final String SERVICE = """
      apiVersion: v1
      kind: Service
      metadata: {name: %s, namespace: %s}
      spec:
        selector:
      %s
        ports: [{port: 80}]
      """;

  private static String service(String name, String namespace, String... labels) {
    return SERVICE.formatted(name, namespace, "    " + String.join("\n    ", labels));
  }

  @Test
  void aServiceMatchingAWorkloadOfAnotherFileIsFine(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S026", files(
        "services.yaml", service("web", "shop", "app: web") + "---\n"
            + service("db-0", "shop", "app: db", "statefulset.kubernetes.io/pod-name: db-0"),
        "workloads.yaml", WORKLOADS))).isEmpty();
  }

  @Test
  void aSelectorNoTemplateOfItsNamespaceMatchesIsReportedAtTheSelector(@TempDir Path root) {
    assertThat(ProjectLint.hints(root, "K8S026", files(
        "workloads.yaml", WORKLOADS,
        "services.yaml", service("web", "shop", "app: web", "tier: back") + "---\n"
            + service("api", "shop", "app: api")))).containsExactly(
        "services.yaml:5:3 Service/web selects pods labelled {app: web, tier: back}, but no pod "
            + "template in namespace 'shop' has these labels, so the Service has no endpoints | "
            + "make 'spec.selector' match the pod labels (spec.template.metadata.labels) of the "
            + "workload the Service is for, or fix those labels; the pods of Deployment/web are "
            + "labelled {app: web, tier: front}",
        "services.yaml:14:3 Service/api selects pods labelled {app: api}, but no pod template "
            + "in namespace 'shop' has these labels, so the Service has no endpoints | make "
            + "'spec.selector' match the pod labels (spec.template.metadata.labels) of the "
            + "workload the Service is for, or fix those labels");
  }

  @Test
  void workloadsOfAnotherNamespaceNeitherMatchNorCount(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S026", files(
        "workloads.yaml", WORKLOADS,
        "services.yaml", service("web", "edge", "app: web"))))
        .as("no workload of 'edge' is scanned: its pods are defined elsewhere").isEmpty();
    assertThat(ProjectLint.findings(root, "K8S026", files(
        "workloads.yaml", WORKLOADS + "---\n" + WORKLOADS.replace("shop", "edge")
            .replace("app: web", "app: gateway"),
        "services.yaml", service("web", "edge", "app: web"))))
        .containsExactly("services.yaml:5:3 Service/web selects pods labelled {app: web}, but "
            + "no pod template in namespace 'edge' has these labels, so the Service has no "
            + "endpoints");
  }

  @Test
  void labelsControllersAddMatchOnlyThePodsOfThatController(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S026", files(
        "workloads.yaml", WORKLOADS,
        "services.yaml", service("hash", "shop", "app: web", "pod-template-hash: 5d8f")
            + "---\n" + service("web-0", "shop", "app: web",
                "statefulset.kubernetes.io/pod-name: web-0"))))
        .as("a Deployment's pods get pod-template-hash, not a StatefulSet pod name")
        .containsExactly("services.yaml:14:3 Service/web-0 selects pods labelled {app: web, "
            + "statefulset.kubernetes.io/pod-name: web-0}, but no pod template in namespace "
            + "'shop' has these labels, so the Service has no endpoints");
  }

  @Test
  void podsAnOperatorCreatesForACustomResourceMayBeTheSelectedOnes(@TempDir Path root) {
    String resources = """
        apiVersion: monitoring.coreos.com/v1
        kind: Prometheus
        metadata: {name: k8s, namespace: shop}
        spec: {replicas: 2, serviceMonitorSelector: {}}
        ---
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata: {name: checkout, namespace: shop}
        spec:
          template:
            metadata: {labels: {app: checkout}}
            spec: {containers: [{name: checkout, image: checkout:1}]}
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: api, namespace: shop, labels: {app: api}}
        spec: {selector: {matchLabels: {app: api}}, endpoints: [{port: web}]}
        """;
    assertThat(ProjectLint.findings(root, "K8S026", files(
        "workloads.yaml", WORKLOADS,
        "operated.yaml", resources,
        "services.yaml", service("prometheus", "shop", "prometheus: k8s") + "---\n"
            + service("checkout", "shop", "app: checkout") + "---\n"
            + service("api", "shop", "app: api"))))
        .as("a ServiceMonitor configures no pods").containsExactly("services.yaml:21:3 "
            + "Service/api selects pods labelled {app: api}, but no pod template in namespace "
            + "'shop' has these labels, so the Service has no endpoints");
  }

  @Test
  void servicesWithoutSelectorOrWithPlaceholdersAreNotJudged(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S026", files(
        "workloads.yaml", WORKLOADS,
        "services.yaml", """
            apiVersion: v1
            kind: Service
            metadata: {name: external, namespace: shop}
            spec: {type: ExternalName, externalName: db.example.com}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: manual, namespace: shop}
            spec:
              selector: {}
              ports: [{port: 5432}]
            ---
            """ + service("templated", "shop", "app: ${APP_NAME}")))).isEmpty();
  }

  @Test
  void anAnnotationOnTheServiceSuppressesItsFinding(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S026", files(
        "workloads.yaml", WORKLOADS,
        "services.yaml", """
            apiVersion: v1
            kind: Service
            metadata:
              name: prometheus
              namespace: shop
              annotations:
                plumbline.dev/ignore: "K8S026: the operator creates these pods"
            spec:
              selector: {app: prometheus}
            """))).containsExactly("services.yaml:9:3 (suppressed) Service/prometheus selects "
                + "pods labelled {app: prometheus}, but no pod template in namespace 'shop' has "
                + "these labels, so the Service has no endpoints");
  }
}
