package dev.plumbline.rules.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The security-context rules (K8S001-K8S004, K8S013, K8S014, K8S017) where fixtures cannot
 * reach: options, ephemeral containers, placeholders and the effective pod/container value.
 */
class SecurityContextRulesTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  /** The findings of one rule alone as {@code line:column message}. */
  private static List<String> lint(String ruleId, Map<String, Object> options, String yaml) {
    RuleSet.Builder builder = RuleSet.builder(REGISTRY);
    for (RuleDescriptor other : REGISTRY.all()) {
      builder.configure(other, RuleConfig.off());
    }
    builder.configure(REGISTRY.find(ruleId).orElseThrow(),
        new RuleConfig(Optional.of(true), Optional.empty(), options));
    Engine engine = new Engine(builder.build(),
        new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES));
    return engine.lint(SourceFile.of("pod.yaml", yaml), FileKind.KUBERNETES).findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .map(f -> f.span().start().line() + ":" + f.span().start().column() + " " + f.message())
        .toList();
  }

  private static List<String> lint(String ruleId, String yaml) {
    return lint(ruleId, Map.of(), yaml);
  }

  /** A Pod with the given pod-level lines and container lines (indented by the caller). */
  private static String pod(String podLines, String containerLines) {
    return """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
        %s  containers:
            - name: app
              image: app:1
        %s""".formatted(podLines, containerLines);
  }

  @Test
  void ephemeralContainersAreCheckedLikeTheOthers() {
    String yaml = pod("", "") + """
          ephemeralContainers:
            - name: debug
              image: busybox:1.36
              securityContext: {privileged: true}
        """;
    assertThat(lint("K8S001", yaml))
        .containsExactly("12:37 ephemeral container 'debug' of Pod/p is privileged: it has "
            + "every capability and the host's devices");
  }

  @Test
  void dangerousCapabilitiesHonourTheAllowedOptionInAnySpelling() {
    String yaml = pod("", "      securityContext:\n"
        + "        capabilities: {add: [NET_ADMIN, CAP_NET_RAW, SYS_ADMIN]}\n");
    assertThat(lint("K8S013", yaml)).hasSize(3);
    assertThat(lint("K8S013", Map.of("allowed", List.of("cap_net_admin", "NET_RAW")), yaml))
        .containsExactly("10:54 container 'app' of Pod/p adds capability SYS_ADMIN: mounts, "
            + "namespaces and much more; close to root on the node");
  }

  @Test
  void aPodLevelRootUserIsReportedOnceAndOnlyWhereAContainerInheritsIt() {
    String twoContainers = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          securityContext: {runAsUser: 0}
          containers:
            - {name: a, image: a:1}
            - {name: b, image: b:1}
        """;
    assertThat(lint("K8S003", twoContainers)).containsExactly("6:32 the containers of Pod/p "
        + "run as root: the pod's securityContext sets runAsUser: 0");
    String overridden = twoContainers.replace("{name: a, image: a:1}",
        "{name: a, image: a:1, securityContext: {runAsUser: 1000}}").replace(
        "{name: b, image: b:1}", "{name: b, image: b:1, securityContext: {runAsNonRoot: true}}");
    assertThat(lint("K8S003", overridden)).as("b inherits the pod's root user")
        .containsExactly("6:32 the containers of Pod/p run as root: the pod's securityContext "
            + "sets runAsUser: 0");
    assertThat(lint("K8S003", overridden.replace("{runAsNonRoot: true}", "{runAsUser: 7}")))
        .as("every container overrides it").isEmpty();
  }

  @Test
  void valuesThatAreNotKnownAreNotJudged() {
    assertThat(lint("K8S003", pod("  securityContext: {runAsUser: \"${UID}\", "
        + "runAsNonRoot: false}\n", ""))).isEmpty();
    assertThat(lint("K8S002", pod("", "      securityContext: "
        + "{allowPrivilegeEscalation: \"${ESCALATE}\"}\n"))).isEmpty();
    assertThat(lint("K8S002", pod("", "      securityContext: {allowPrivilegeEscalation: }\n")))
        .as("an empty value is a missing one").hasSize(1);
  }

  @Test
  void aContainerLevelProfileOverridesThePodsUnconfinedOne() {
    String yaml = pod("  securityContext: {seccompProfile: {type: Unconfined}}\n",
        "      securityContext: {seccompProfile: {type: RuntimeDefault}}\n");
    assertThat(lint("K8S017", yaml)).isEmpty();
    String ownUnconfined = pod("", "      securityContext: {seccompProfile: {type: Unconfined}}\n");
    assertThat(lint("K8S017", ownUnconfined)).containsExactly("9:48 container 'app' of Pod/p "
        + "runs without seccomp: 'Unconfined'");
  }

  @Test
  void aContainerWithoutAnImageIsAPatchWhoseMissingFieldsAreSetElsewhere() {
    String patch = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  volumeMounts: [{name: hosts, mountPath: /etc/hosts}]
                - name: sidecar
                  securityContext: {readOnlyRootFilesystem: false, runAsUser: 0}
        """;
    for (String rule : List.of("K8S002", "K8S003", "K8S004", "K8S014", "K8S017")) {
      List<String> expected = switch (rule) {
        case "K8S003" -> List.of("12:71 container 'sidecar' of Deployment/web runs as root: "
            + "runAsUser: 0");
        case "K8S004" -> List.of("12:53 container 'sidecar' of Deployment/web sets "
            + "readOnlyRootFilesystem: false");
        default -> List.of();
      };
      assertThat(lint(rule, patch)).as(rule + ": what a patch sets is judged, not what it "
          + "leaves out").isEqualTo(expected);
    }
  }

  @Test
  void aWorkloadWithoutTheSelectorItsApiRequiresIsAPatchEvenWithAnImage() {
    String imageOnly = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: controller-manager
        spec:
          template:
            spec:
              containers:
                - name: manager
                  image: registry.example.com/manager:1.2.0
        """;
    for (String rule : List.of("K8S002", "K8S003", "K8S004", "K8S014", "K8S017")) {
      assertThat(lint(rule, imageOnly)).as(rule).isEmpty();
    }
    String whole = imageOnly.replace("spec:\n  template:",
        "spec:\n  selector: {matchLabels: {app: manager}}\n  template:");
    assertThat(lint("K8S003", whole)).as("the same Deployment with its selector is judged")
        .hasSize(1);
  }

  @Test
  void capabilityNamesAreCanonicalWithoutPrefixInUpperCase() {
    assertThat(Capabilities.canonical("cap_sys_admin")).isEqualTo("SYS_ADMIN");
    assertThat(Capabilities.canonical(" Net_Raw ")).isEqualTo("NET_RAW");
    assertThat(Capabilities.canonical("ALL")).isEqualTo("ALL");
  }
}
