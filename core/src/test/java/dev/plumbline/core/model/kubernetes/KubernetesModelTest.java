package dev.plumbline.core.model.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubernetesModelTest {

  private static KubeObject object(String yaml) {
    YamlMapping root = (YamlMapping) new YamlParser().parse(SourceFile.of("m.yaml", yaml))
        .documents().get(0).root();
    return new KubeObject(root, "m.yaml");
  }

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        selector:
          matchLabels: {app: web}
          matchExpressions:
            - {key: tier, operator: In, values: [front, edge]}
            - {key: canary, operator: DoesNotExist}
        template:
          metadata:
            labels: {app: web, tier: front}
          spec:
            securityContext:
              runAsNonRoot: true
              runAsUser: 1000
              seccompProfile: {type: RuntimeDefault}
            initContainers:
              - name: setup
                image: busybox
            containers:
              - name: web
                image: nginx
                securityContext:
                  runAsUser: 0
                  allowPrivilegeEscalation: false
                  capabilities: {add: [NET_ADMIN], drop: [ALL]}
            ephemeralContainers:
              - name: debug
                image: busybox
      """;

  @Test
  void theContainerOverridesThePodAndInheritsWhatItDoesNotSet() {
    List<Container> containers = object(DEPLOYMENT).podTemplate().orElseThrow().spec()
        .containers();
    assertThat(containers).extracting(Container::kind).containsExactly(Container.Kind.INIT,
        Container.Kind.REGULAR, Container.Kind.EPHEMERAL);
    SecurityContext web = containers.get(1).securityContext();
    assertThat(web.runAsUser().orElseThrow().asLong().getAsLong()).isZero();
    assertThat(web.runAsUser().orElseThrow().level()).isEqualTo(SecurityContext.Level.CONTAINER);
    assertThat(web.runAsNonRoot().orElseThrow().level()).isEqualTo(SecurityContext.Level.POD);
    assertThat(web.runAsNonRoot().orElseThrow().asBoolean()).contains(true);
    assertThat(web.allowPrivilegeEscalation().orElseThrow().asBoolean()).contains(false);
    assertThat(web.addedCapabilities()).extracting(s -> s.value()).containsExactly("NET_ADMIN");
    assertThat(web.droppedCapabilities()).extracting(s -> s.value()).containsExactly("ALL");

    SecurityContext setup = containers.get(0).securityContext();
    assertThat(setup.runAsUser().orElseThrow().asLong().getAsLong()).isEqualTo(1000);
    assertThat(setup.seccompProfile().orElseThrow().level()).isEqualTo(SecurityContext.Level.POD);
    assertThat(setup.allowPrivilegeEscalation()).as("a container-only field").isEmpty();
    assertThat(setup.privileged()).isEmpty();
  }

  @Test
  void selectorsEvaluateMatchLabelsAndMatchExpressions() {
    KubeObject deployment = object(DEPLOYMENT);
    LabelSelector selector = deployment.selector().orElseThrow();
    assertThat(selector.matches(deployment.podTemplate().orElseThrow().labels())).isTrue();
    assertThat(selector.matches(Map.of("app", "web", "tier", "edge"))).isTrue();
    assertThat(selector.matches(Map.of("app", "web", "tier", "back"))).isFalse();
    assertThat(selector.matches(Map.of("app", "web"))).as("In needs the key").isFalse();
    assertThat(selector.matches(Map.of("app", "web", "tier", "front", "canary", "y"))).isFalse();
    assertThat(selector.matches(Map.of("app", "api", "tier", "front"))).isFalse();
  }

  @Test
  void notInAndExistsAndPlainServiceSelectors() {
    KubeObject pdb = object("""
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: p, namespace: shop}
        spec:
          selector:
            matchExpressions:
              - {key: app, operator: Exists}
              - {key: env, operator: NotIn, values: [dev]}
        """);
    LabelSelector selector = pdb.selector().orElseThrow();
    assertThat(selector.matches(Map.of("app", "x"))).isTrue();
    assertThat(selector.matches(Map.of("app", "x", "env", "prod"))).isTrue();
    assertThat(selector.matches(Map.of("app", "x", "env", "dev"))).isFalse();
    assertThat(selector.matches(Map.of("env", "prod"))).isFalse();
    assertThat(pdb.namespace()).isEqualTo("shop");

    KubeObject service = object("""
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          selector: {app: web}
        """);
    assertThat(service.selector().orElseThrow().matches(Map.of("app", "web", "x", "y"))).isTrue();
    assertThat(service.selector().orElseThrow().matches(Map.of("app", "api"))).isFalse();
    assertThat(service.namespace()).as("namespaced kinds default").isEqualTo("default");
    assertThat(object("""
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          selector: {tier: back, app: web, zone: a, env: prod}
        """).selector().orElseThrow().matchLabels().keySet()).as("file order, for messages")
        .containsExactly("tier", "app", "zone", "env");
    assertThat(object("apiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n").namespace())
        .as("cluster-scoped kinds have none").isEmpty();
  }

  @Test
  void cronJobsReachTheirPodTemplateThroughTheJobTemplate() {
    KubeObject cron = object("""
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                metadata:
                  labels: {job: c}
                spec:
                  containers: [{name: run, image: x}]
        """);
    PodTemplate template = cron.podTemplate().orElseThrow();
    assertThat(template.isPod()).isFalse();
    assertThat(template.labels()).containsEntry("job", "c");
    assertThat(template.spec().containers()).extracting(c -> c.name().orElseThrow())
        .containsExactly("run");
    assertThat(object("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: m}\n").podTemplate())
        .isEmpty();
  }

  @Test
  void podsThatRunUntilStoppedAndPodLevelResources() {
    assertThat(object(DEPLOYMENT).podTemplate().orElseThrow().spec().isLongRunning()).isTrue();
    String pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          %s
          resources: {requests: {cpu: 500m}, limits: {memory: 1Gi}}
          containers: [{name: run, image: x}]
        """;
    PodSpec always = object(pod.formatted("")).podTemplate().orElseThrow().spec();
    assertThat(always.restartPolicy()).isEmpty();
    assertThat(always.isLongRunning()).as("restartPolicy defaults to Always").isTrue();
    assertThat(always.resources().request("cpu").orElseThrow().value()).isEqualTo("500m");
    assertThat(always.resources().limit("memory").orElseThrow().value()).isEqualTo("1Gi");
    PodSpec once = object(pod.formatted("restartPolicy: OnFailure")).podTemplate().orElseThrow()
        .spec();
    assertThat(once.restartPolicy()).contains("OnFailure");
    assertThat(once.isLongRunning()).isFalse();
    assertThat(object("""
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: run, image: x}]
        """).podTemplate().orElseThrow().spec().isLongRunning()).isFalse();
  }

  @Test
  void budgetsPoliciesAndAutoscalersMatchOnlyInTheirNamespace() {
    KubeObject web = object(DEPLOYMENT);
    PodTemplate template = web.podTemplate().orElseThrow();
    String pdb = """
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: web%s}
        spec:
          minAvailable: 1
          selector: {matchLabels: {app: web}}
        """;
    assertThat(object(pdb.formatted("")).asPodDisruptionBudget().orElseThrow().covers(template))
        .isTrue();
    assertThat(object(pdb.formatted(", namespace: other")).asPodDisruptionBudget().orElseThrow()
        .covers(template)).as("another namespace").isFalse();
    String empty = """
        apiVersion: policy/%s
        kind: PodDisruptionBudget
        metadata: {name: all}
        spec: {minAvailable: 1%s}
        """;
    assertThat(object(empty.formatted("v1", ", selector: {}")).asPodDisruptionBudget()
        .orElseThrow().covers(template)).as("policy/v1: {} selects every pod").isTrue();
    assertThat(object(empty.formatted("v1beta1", ", selector: {}")).asPodDisruptionBudget()
        .orElseThrow().covers(template)).as("policy/v1beta1: {} selects none").isFalse();
    assertThat(object(empty.formatted("v1", "")).asPodDisruptionBudget().orElseThrow()
        .covers(template)).as("no selector selects none").isFalse();

    NetworkPolicy denyAll = object("""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: deny}
        spec: {podSelector: {}, policyTypes: [Ingress]}
        """).asNetworkPolicy().orElseThrow();
    assertThat(denyAll.selects(template)).as("an empty podSelector selects all").isTrue();
    assertThat(denyAll.policyTypes()).containsExactly("Ingress");

    HorizontalPodAutoscaler hpa = object("""
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 3
        """).asHorizontalPodAutoscaler().orElseThrow();
    assertThat(hpa.targets(web)).isTrue();
    assertThat(hpa.minReplicas()).contains(3L);
    assertThat(web.replicas()).contains(3L);
  }

  @Test
  void rbacSecretsAndIngresses() {
    KubeObject role = object("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: r}
        rules:
          - {apiGroups: [""], resources: ["*"], verbs: [get, list]}
        """);
    assertThat(role.policyRules()).hasSize(1);
    assertThat(role.policyRules().get(0).resources()).extracting(s -> s.value())
        .containsExactly("*");
    RoleBinding binding = object("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: b}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
        subjects:
          - {kind: ServiceAccount, name: deployer, namespace: ci}
        """).asRoleBinding().orElseThrow();
    assertThat(binding.roleName().orElseThrow().value()).isEqualTo("cluster-admin");
    assertThat(binding.subjects()).extracting(RoleBinding.Subject::kind)
        .containsExactly("ServiceAccount");
    Secret secret = object("""
        apiVersion: v1
        kind: Secret
        metadata: {name: s}
        data: {a: YQ==}
        stringData: {b: plain}
        """).asSecret().orElseThrow();
    assertThat(secret.entries()).extracting(e -> e.keyText()).containsExactly("a", "b");
    Ingress ingress = object("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: i}
        spec:
          rules: [{host: shop.example}]
        """).asIngress().orElseThrow();
    assertThat(ingress.rules()).hasSize(1);
    assertThat(ingress.tls()).isEmpty();
  }

  @Test
  void windowsPodsAreKnownByTheirOsOrNodeSelector() {
    assertThat(object(DEPLOYMENT).podTemplate().orElseThrow().spec().isWindows()).isFalse();
    for (String placement : List.of("os: {name: windows}",
        "nodeSelector: {kubernetes.io/os: windows}",
        "nodeSelector: {beta.kubernetes.io/os: windows}")) {
      PodSpec pod = object("""
          apiVersion: v1
          kind: Pod
          metadata: {name: p}
          spec:
            %s
            containers: [{name: c, image: mcr.microsoft.com/windows/nanoserver:ltsc2022}]
          """.formatted(placement)).podTemplate().orElseThrow().spec();
      assertThat(pod.isWindows()).as(placement).isTrue();
    }
    PodSpec linux = object("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          os: {name: linux}
          nodeSelector: {kubernetes.io/os: windows}
          containers: [{name: c, image: busybox}]
        """).podTemplate().orElseThrow().spec();
    assertThat(linux.isWindows()).as("os.name decides over a node selector").isFalse();
  }

  @Test
  void volumeMountsNameTheirVolumeAndAreWritableUnlessSaidOtherwise() {
    Container container = object("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: c
              image: busybox
              volumeMounts:
                - {name: certs, mountPath: /etc/ssl/certs, readOnly: true}
                - {name: data, mountPath: /data}
        """).podTemplate().orElseThrow().spec().containers().get(0);
    assertThat(container.volumeMounts()).extracting(m -> m.name().orElseThrow())
        .containsExactly("certs", "data");
    assertThat(container.volumeMounts()).extracting(VolumeMount::readOnly)
        .containsExactly(true, false);
    assertThat(container.volumeMounts().get(0).mountPath()).contains("/etc/ssl/certs");
  }}
