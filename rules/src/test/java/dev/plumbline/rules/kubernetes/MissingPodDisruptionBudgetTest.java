package dev.plumbline.rules.kubernetes;

import static dev.plumbline.rules.kubernetes.ProjectLint.files;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** K8S022 over workloads and budgets in different files. */
class MissingPodDisruptionBudgetTest {

  private static final String DEPLOYMENT = """
      # the web tier
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web%s}
      spec:
        replicas: 3
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web, tier: front}}
          spec: {containers: [{name: web, image: web:1}]}
      """;

  private static final String BUDGET = """
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: web%s}
      spec:
        maxUnavailable: 1
        selector: %s
      """;

  @Test
  void aBudgetInAnotherFileOfTheSameNamespaceCoversTheWorkload(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S022", files(
        "deploy.yaml", DEPLOYMENT.formatted(", namespace: shop"),
        "pdb.yaml", BUDGET.formatted(", namespace: shop", "{matchLabels: {app: web}}"))))
        .isEmpty();
    assertThat(ProjectLint.findings(root, "K8S022", files(
        "pdb.yaml", BUDGET.formatted(", namespace: default", "{matchLabels: {app: web}}"),
        "deploy.yaml", DEPLOYMENT.formatted(""))))
        .as("no namespace is 'default', in either order").isEmpty();
  }

  @Test
  void aBudgetOfAnotherNamespaceDoesNot(@TempDir Path root) {
    assertThat(ProjectLint.hints(root, "K8S022", files(
        "apps/deploy.yaml", DEPLOYMENT.formatted(", namespace: shop"),
        "policies/pdb.yaml", BUDGET.formatted(", namespace: staging",
            "{matchLabels: {app: web}}"))))
        .containsExactly("apps/deploy.yaml:3:1 Deployment/web runs 3 replicas but no "
            + "PodDisruptionBudget in namespace 'shop' selects its pods, so a node drain may "
            + "evict them all at once | add a PodDisruptionBudget (policy/v1) in namespace "
            + "'shop' with 'selector: {matchLabels: {app: web}}' and 'maxUnavailable: 1'");
  }

  @Test
  void matchExpressionsOfTheBudgetAreEvaluatedAgainstThePodLabels(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S022", files(
        "deploy.yaml", DEPLOYMENT.formatted(""),
        "pdb.yaml", BUDGET.formatted("", "{matchExpressions: [{key: tier, operator: In, "
            + "values: [front, edge]}]}"))))
        .isEmpty();
    assertThat(ProjectLint.findings(root, "K8S022", files(
        "deploy.yaml", DEPLOYMENT.formatted(""),
        "pdb.yaml", BUDGET.formatted("", "{matchLabels: {app: web}, matchExpressions: "
            + "[{key: tier, operator: NotIn, values: [front]}]}"))))
        .as("every term must hold").containsExactly("deploy.yaml:3:1 Deployment/web runs 3 "
            + "replicas but no PodDisruptionBudget in namespace 'default' selects its pods, so "
            + "a node drain may evict them all at once");
  }

  @Test
  void onlyAnExplicitCountOfTwoOrMoreInAWorkloadWithAPodTemplateIsJudged(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S022", files(
        "one.yaml", DEPLOYMENT.replace("replicas: 3", "replicas: 1").formatted(""),
        "hpa-managed.yaml", DEPLOYMENT.replace("  replicas: 3\n", "").formatted("-2"),
        "patch.yaml", """
            # Kustomize patches that raise the count
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec: {replicas: 5}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 2
              template:
                spec:
                  affinity: {podAntiAffinity: {}}
                  containers: [{name: web, env: [{name: REPLICAS, value: "2"}]}]
            """,
        "daemon.yaml", DEPLOYMENT.replace("Deployment", "DaemonSet").formatted("")))).isEmpty();
    assertThat(ProjectLint.findings(root, "K8S022", files(
        "db.yaml", DEPLOYMENT.replace("Deployment", "StatefulSet").replace("replicas: 3",
            "replicas: 2").formatted(""))))
        .containsExactly("db.yaml:3:1 StatefulSet/web runs 2 replicas but no "
            + "PodDisruptionBudget in namespace 'default' selects its pods, so a node drain "
            + "may evict them all at once");
  }

  @Test
  void theHintFallsBackToThePodLabelsAndTheFindingCanBeSuppressed(@TempDir Path root) {
    assertThat(ProjectLint.hints(root, "K8S022", files("deploy.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations: {plumbline.dev/ignore: "K8S022: the budget comes from the platform"}
        spec:
          replicas: 2
          selector: {matchExpressions: [{key: app, operator: Exists}]}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: web:1}]}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api}
        spec:
          replicas: 2
          selector: {matchExpressions: [{key: app, operator: Exists}]}
          template:
            spec: {containers: [{name: api, image: api:1}]}
        """))).containsExactly(
            "deploy.yaml:2:1 (suppressed) Deployment/web runs 2 replicas but no "
                + "PodDisruptionBudget in namespace 'default' selects its pods, so a node drain "
                + "may evict them all at once | add a PodDisruptionBudget (policy/v1) in "
                + "namespace 'default' with 'selector: {matchLabels: {app: web}}' and "
                + "'maxUnavailable: 1'",
            "deploy.yaml:14:1 Deployment/api runs 2 replicas but no PodDisruptionBudget in "
                + "namespace 'default' selects its pods, so a node drain may evict them all at "
                + "once | add a PodDisruptionBudget (policy/v1) in namespace 'default' with a "
                + "'selector' that matches its pod labels and 'maxUnavailable: 1'");
  }
}
