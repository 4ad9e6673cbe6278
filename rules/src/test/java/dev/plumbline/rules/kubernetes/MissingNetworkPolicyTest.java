package dev.plumbline.rules.kubernetes;

import static dev.plumbline.rules.kubernetes.ProjectLint.files;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** K8S025 over workloads and policies in different files. */
class MissingNetworkPolicyTest {

  private static final String WORKLOADS = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: web, tier: front}}
          spec: {containers: [{name: web, image: web:1}]}
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: report, namespace: shop}
      spec:
        schedule: "@daily"
        jobTemplate:
          spec:
            template:
              metadata: {labels: {app: report}}
              spec: {containers: [{name: report, image: report:1}]}
      """;

  private static final String POLICY = """
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: p, namespace: %s}
      spec:
        podSelector: %s
        policyTypes: [Ingress]
      """;

  @Test
  void anEmptyPodSelectorInAnotherFileSelectsEveryPodOfItsNamespace(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S025", files(
        "workloads.yaml", WORKLOADS,
        "policies.yaml", POLICY.formatted("shop", "{}")))).isEmpty();
    assertThat(ProjectLint.findings(root, "K8S025", files(
        "workloads.yaml", WORKLOADS,
        "policies.yaml", POLICY.formatted("staging", "{}"))))
        .as("a policy of another namespace").containsExactly(
            "workloads.yaml:2:1 no NetworkPolicy in namespace 'shop' selects the pods of "
                + "Deployment/web, so nothing restricts the traffic they receive or send",
            "workloads.yaml:10:1 no NetworkPolicy in namespace 'shop' selects the pods of "
                + "CronJob/report, so nothing restricts the traffic they receive or send");
  }

  @Test
  void oneFindingPerWorkloadThatNoSelectorMatches(@TempDir Path root) {
    assertThat(ProjectLint.hints(root, "K8S025", files(
        "workloads.yaml", WORKLOADS,
        "policies.yaml", POLICY.formatted("shop",
            "{matchExpressions: [{key: tier, operator: In, values: [front]}]}"))))
        .containsExactly("workloads.yaml:10:1 no NetworkPolicy in namespace 'shop' selects the "
            + "pods of CronJob/report, so nothing restricts the traffic they receive or send | "
            + "add a NetworkPolicy in namespace 'shop' with 'podSelector: {matchLabels: "
            + "{app: report}}' that allows only the traffic they need, or a default-deny "
            + "policy with 'podSelector: {}'");
  }

  @Test
  void hostNetworkPodsPodTemplatesAndPatchesAreNotJudged(@TempDir Path root) {
    assertThat(ProjectLint.findings(root, "K8S025", files("pods.yaml", """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: node-agent, namespace: kube-system}
        spec:
          template:
            spec:
              hostNetwork: true
              containers: [{name: agent, image: agent:1}]
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t, namespace: shop}
        template:
          spec: {containers: [{name: t, image: t:1}]}
        ---
        # a Kustomize patch: no selector, no pod labels
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec: {containers: [{name: web, image: web:2}]}
        """))).isEmpty();
    assertThat(ProjectLint.findings(root, "K8S025", files("job.yaml", """
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate, namespace: shop}
        spec:
          template:
            spec: {containers: [{name: migrate, image: migrate:1}]}
        """))).as("a Job needs no selector or labels").containsExactly("job.yaml:2:1 no "
            + "NetworkPolicy in namespace 'shop' selects the pods of Job/migrate, so nothing "
            + "restricts the traffic they receive or send");
  }
}
