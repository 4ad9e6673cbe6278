package dev.plumbline.rules.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logic of the pod rules that fixtures cannot reach: options, pods that other rules would
 * also report, and objects spread over several files.
 */
class PodRulesTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  private static Engine engine(String ruleId, Map<String, Object> options) {
    RuleSet.Builder builder = RuleSet.builder(REGISTRY);
    for (RuleDescriptor other : REGISTRY.all()) {
      builder.configure(other, RuleConfig.off());
    }
    builder.configure(REGISTRY.find(ruleId).orElseThrow(),
        new RuleConfig(Optional.of(true), Optional.empty(), options));
    return new Engine(builder.build(), new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES));
  }

  /** The findings of one rule on one manifest, as {@code line:column message}. */
  private static List<String> lint(String ruleId, Map<String, Object> options, String yaml) {
    SourceFile file = SourceFile.of("manifest.yaml", yaml);
    return engine(ruleId, options).lint(file, FileKind.KUBERNETES).findings().stream()
        .filter(f -> f.ruleId().equals(ruleId)).map(PodRulesTest::describe).toList();
  }

  private static List<String> lint(String ruleId, String yaml) {
    return lint(ruleId, Map.of(), yaml);
  }

  private static String describe(Finding f) {
    return f.span().start().line() + ":" + f.span().start().column() + " " + f.message();
  }

  /** A Pod with the given volumes, mounted read-only into its one container as given. */
  private static String podWithHostPaths(String volumes, String mounts) {
    return """
        apiVersion: v1
        kind: Pod
        metadata: {name: agent, namespace: ops}
        spec:
          containers:
            - name: agent
              image: agent:1.0
              volumeMounts:
        %s
          volumes:
        %s
        """.formatted(mounts.indent(8).stripTrailing(), volumes.indent(4).stripTrailing());
  }

  @Test
  void additionalPathsAreSensitiveWithEverythingUnderThem() {
    String pod = podWithHostPaths("""
        - {name: docker-data, hostPath: {path: /var/lib/docker/containers/}}
        - {name: home, hostPath: {path: /home}}
        - {name: homes, hostPath: {path: /homes}}
        """, "- {name: docker-data, mountPath: /d}");

    assertThat(lint("K8S006", pod)).isEmpty();
    assertThat(lint("K8S006", Map.of("additional-paths", List.of("/var/lib/docker", "/home/")),
        pod)).containsExactly(
            "11:44 hostPath volume 'docker-data' of Pod/agent mounts "
                + "'/var/lib/docker/containers/', configured as a sensitive path",
            "12:37 hostPath volume 'home' of Pod/agent mounts '/home', configured as a "
                + "sensitive path");
  }

  @Test
  void theTrustStoreIsReportedWhenAnyContainerCanWriteIt() {
    String readOnly = podWithHostPaths("- {name: certs, hostPath: {path: /etc/pki/tls/certs/}}",
        "- {name: certs, mountPath: /etc/ssl/certs, readOnly: true}");
    assertThat(lint("K8S006", readOnly)).isEmpty();

    String writableInInit = readOnly.replace("  containers:\n", "  initContainers:\n"
        + "    - {name: seed, image: agent:1.0, volumeMounts: [{name: certs, mountPath: /c}]}\n"
        + "  containers:\n");
    assertThat(lint("K8S006", writableInInit)).singleElement().asString()
        .contains("trusted CA certificates '/etc/pki/tls/certs/' writable");
  }

  @Test
  void windowsPipesAreMatchedInAnyCaseAndRelativePathsAreNotPaths() {
    String pod = podWithHostPaths("""
        - {name: pipe, hostPath: {path: '\\\\.\\PIPE\\Docker_Engine'}}
        - {name: relative, hostPath: {path: etc/kubernetes}}
        """, "- {name: pipe, mountPath: '\\\\.\\pipe\\docker_engine'}");
    assertThat(lint("K8S006", pod)).singleElement().asString()
        .contains("the Docker daemon's named pipe");
  }

  @Test
  void pathsAreNormalisedBeforeTheyAreCompared() {
    assertThat(SensitiveHostPath.normalise("/var//run/./docker.sock/")).isEqualTo(
        "/var/run/docker.sock");
    assertThat(SensitiveHostPath.normalise("/opt/../../etc")).isEqualTo("/etc");
    assertThat(SensitiveHostPath.normalise("///")).isEqualTo("/");
  }

  @Test
  void hostPortsOfAPodOnTheHostNetworkAreHostNamespacesConcern() {
    String pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: dns, namespace: ops}
        spec:
          hostNetwork: true
          containers:
            - name: dns
              image: dns:1.0
              ports: [{containerPort: 53, hostPort: 53, protocol: UDP}]
        """;
    assertThat(lint("K8S028", pod)).isEmpty();
    assertThat(lint("K8S028", pod.replace("hostNetwork: true", "hostNetwork: false")))
        .containsExactly("9:45 container 'dns' of Pod/dns binds port 53 of the node (hostPort): "
            + "the pod is reachable on the node's address, bypassing Services, and only one "
            + "such pod fits on each node");
  }

  @Test
  void standInsAreNotCredentials() {
    assertThat(StandIns.isStandIn("API_TOKEN", "INSERT_API_TOKEN_HERE")).isTrue();
    assertThat(StandIns.isStandIn("api-token", "API_TOKEN_VAL")).isTrue();
    assertThat(StandIns.isStandIn("password", "<your password>")).isTrue();
    assertThat(StandIns.isStandIn("password", "pre-${SUFFIX}")).isTrue();
    assertThat(StandIns.isStandIn("password", "{{ .Values.password }}")).isTrue();
    assertThat(StandIns.isStandIn("password", "ENC[AES256_GCM,data:abc=,iv:x,type:str]"))
        .isTrue();
    assertThat(StandIns.isStandIn("password", "  ")).isTrue();

    assertThat(StandIns.isStandIn("API_TOKEN", "SOME_OTHER_CONSTANT")).isFalse();
    assertThat(StandIns.isStandIn("password", "hunter2")).isFalse();
    assertThat(StandIns.isStandIn("password", "changeme")).isFalse();
    assertThat(StandIns.isStandIn("password", "a<b>c")).isFalse();
  }

  @Test
  void patchesAreNotPodsOfTheDefaultServiceAccount() {
    String patches = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: server}
        spec:
          template:
            spec:
              containers:
                - name: server
                  image: server:2.0
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: debug}
        spec:
          containers:
            - name: debug
              args: [--verbose]
        """;
    assertThat(lint("K8S018", patches)).isEmpty();
    assertThat(lint("K8S018", patches.replace("spec:\n  template:",
        "spec:\n  selector: {matchLabels: {app: server}}\n  template:")))
        .singleElement().asString().startsWith("2:1 Deployment/server runs as the default");
  }

  @Test
  void aPlaceholderForTheSettingIsNeitherTrueNorMissing() {
    assertThat(lint("K8S018", """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          automountServiceAccountToken: ${AUTOMOUNT}
          containers: [{name: c, image: c:1.0}]
        """)).isEmpty();
  }

  @Test
  void theDefaultServiceAccountOfAnotherFileCountsInItsNamespaceUntilAPodTurnsTheTokenOn(@TempDir Path dir)
      throws IOException {
    write(dir, "account.yaml", """
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: default, namespace: shop}
        automountServiceAccountToken: false
        """);
    write(dir, "pods.yaml", """
        apiVersion: v1
        kind: Pod
        metadata: {name: in-shop, namespace: shop}
        spec:
          containers: [{name: c, image: c:1.0}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: in-ops, namespace: ops}
        spec:
          containers: [{name: c, image: c:1.0}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: turned-on, namespace: shop}
        spec:
          automountServiceAccountToken: true
          containers: [{name: c, image: c:1.0}]
        """);
    List<DiscoveredFile> files = new ArrayList<>();
    for (String name : List.of("account.yaml", "pods.yaml")) {
      files.add(new DiscoveredFile(dir.resolve(name), name, name, false));
    }

    List<Finding> findings = engine("K8S018", Map.of()).run(files, List.of()).findings();

    assertThat(findings).extracting(f -> f.path() + " " + describe(f)).containsExactly(
        "pods.yaml 8:1 Pod/in-ops runs as the default service account and does not set "
            + "automountServiceAccountToken: false: its containers get an API token for the "
            + "cluster",
        "pods.yaml 17:33 Pod/turned-on runs as the default service account and mounts its API "
            + "token (automountServiceAccountToken: true)");
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
