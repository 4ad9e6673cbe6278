package dev.plumbline.core.engine.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.LintedFile;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.KubernetesProject;
import dev.plumbline.core.model.kubernetes.Service;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectContext;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubernetesLinterTest {

  /** Stands in for the real K8S000: the engine reports YAML problems under it. */
  @Rule(id = "K8S000", name = "invalid", platform = Platform.KUBERNETES,
      severity = Severity.ERROR, summary = "YAML problems")
  public static final class Invalid implements KubernetesRule {}

  @Rule(id = "K8S901", name = "every-object", platform = Platform.KUBERNETES,
      severity = Severity.WARNING, summary = "Reports every object")
  public static final class EveryObject implements KubernetesRule {
    @Override
    public void visitObject(KubeObject object, RuleContext ctx) {
      ctx.report(object.kindSpan(), object.label());
    }
  }

  @Rule(id = "K8S902", name = "every-container", platform = Platform.KUBERNETES,
      severity = Severity.WARNING, summary = "Reports every container")
  public static final class EveryContainer implements KubernetesRule {
    @Override
    public void visitContainer(Container container, RuleContext ctx) {
      ctx.report(container.nameSpan(), container.pod().owner().label() + " " + container.label());
    }
  }

  /** A cross-object rule: Services whose selector matches no pod template of their namespace. */
  @Rule(id = "K8S903", name = "dangling", platform = Platform.KUBERNETES,
      severity = Severity.WARNING, summary = "Services that select nothing")
  public static final class Dangling implements KubernetesRule {
    @Override
    public void visitProject(KubernetesProject project, ProjectContext ctx) {
      for (KubeObject object : project.ofKind("Service")) {
        Service service = object.asService().orElseThrow();
        boolean matched = service.selector().isPresent() && project.podTemplates().stream()
            .anyMatch(t -> t.owner().namespace().equals(object.namespace())
                && service.selector().get().matches(t.labels()));
        if (!matched) {
          ctx.report(object.path(), object.kindSpan(), object.label() + " selects no pods", null);
        }
      }
    }
  }

  /** A cross-object rule that is off by default and has an option. */
  @Rule(id = "K8S904", name = "every-service", platform = Platform.KUBERNETES,
      severity = Severity.NOTE, summary = "Reports every Service", enabledByDefault = false)
  public static final class EveryService implements KubernetesRule {
    @RuleOption(name = "prefix", description = "starts each message")
    String prefix = "seen";

    @Override
    public void visitProject(KubernetesProject project, ProjectContext ctx) {
      for (KubeObject object : project.ofKind("Service")) {
        ctx.report(object.path(), object.kindSpan(), prefix + " " + object.label(), null);
      }
    }
  }

  private static final RuleRegistry REGISTRY = new RuleRegistry(List.of(
      new RuleDescriptor(Invalid.class), new RuleDescriptor(EveryObject.class),
      new RuleDescriptor(EveryContainer.class), new RuleDescriptor(Dangling.class),
      new RuleDescriptor(EveryService.class)));

  private static Engine engine() {
    return new Engine(RuleSet.defaults(REGISTRY), new EngineOptions(1, 1 << 20));
  }

  private static List<String> lint(String path, String text) {
    return describe(engine().lint(SourceFile.of(path, text), FileKind.KUBERNETES).findings());
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.span().start().line() + " " + f.ruleId() + " "
        + (f.isSuppressed() ? "suppressed " : "") + f.message()).toList();
  }

  private static LintResult run(Path root, String... paths) {
    List<DiscoveredFile> files = new ArrayList<>();
    for (String p : paths) {
      files.add(new DiscoveredFile(root.resolve(p), p, p, false));
    }
    return new Engine(RuleSet.defaults(REGISTRY), new EngineOptions(2, 1 << 20))
        .run(files, List.of());
  }

  @Test
  void crossObjectRulesSeeEveryFileAndReportIntoTheRightOne(@TempDir Path root)
      throws IOException {
    Files.writeString(root.resolve("services.yaml"), """
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {selector: {app: web}}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: other}
        spec: {selector: {app: web}}
        ---
        # plumbline: ignore[K8S903] kept for the migration
        kind: Service
        apiVersion: v1
        metadata: {name: old}
        spec: {selector: {app: old}}
        """);
    Files.writeString(root.resolve("deploy.yaml"), """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: x}]}
        """);
    LintResult result = run(root, "services.yaml", "deploy.yaml");
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("K8S903")).extracting(f -> f.path() + ":" + f.span().start().line() + " "
        + (f.isSuppressed() ? "suppressed " : "") + f.message()).containsExactly(
            "services.yaml:7 Service/web selects no pods",
            "services.yaml:12 suppressed Service/old selects no pods");
    assertThat(result.notifications()).isEmpty();

    LintResult alone = run(root, "services.yaml");
    assertThat(alone.findings()).filteredOn(f -> f.ruleId().equals("K8S903"))
        .as("without the Deployment").hasSize(3);
    assertThat(lint("s.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n"))
        .as("linting one file runs the project phase over it").contains(
            "2 K8S903 Service/s selects no pods");
  }

  @Test
  void crossObjectRulesFollowPathOverrides(@TempDir Path root) throws IOException {
    String service = "apiVersion: v1\nkind: Service\nmetadata: {name: %s}\n";
    Files.createDirectories(root.resolve("a"));
    Files.createDirectories(root.resolve("b"));
    Files.writeString(root.resolve("a/s.yaml"), service.formatted("a"));
    Files.writeString(root.resolve("b/s.yaml"), service.formatted("b"));
    Files.writeString(root.resolve("c.yaml"), service.formatted("c"));
    RuleDescriptor rule = REGISTRY.find("K8S904").orElseThrow();
    RuleSet rules = RuleSet.builder(REGISTRY)
        .override(new RuleSet.PathOverride(p -> p.toString().contains("/a/"),
            Map.of("K8S904", RuleConfig.severity(Severity.NOTE))))
        .override(new RuleSet.PathOverride(p -> p.toString().contains("/b/"),
            Map.of("K8S904", new RuleConfig(Optional.of(true), Optional.empty(),
                Map.of("prefix", "b:")))))
        .build();
    List<DiscoveredFile> files = new ArrayList<>();
    for (String p : List.of("a/s.yaml", "b/s.yaml", "c.yaml")) {
      files.add(new DiscoveredFile(root.resolve(p), p, p, false));
    }
    LintResult result = new Engine(rules, new EngineOptions(1, 1 << 20)).run(files, List.of());

    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals(rule.id()))
        .extracting(f -> f.path() + " " + f.message())
        .as("each file gets the findings of its own configuration, and only if it enables the rule")
        .containsExactlyInAnyOrder(
            "a/s.yaml seen Service/a", "b/s.yaml b: Service/b");
  }

  @Test
  void aBrokenDocumentInTheMiddleDoesNotHideTheOthers() {
    assertThat(lint("m.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: first}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: broken
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: third}
        """)).containsExactly(
            "2 K8S901 ConfigMap/first",
            "8 K8S000 YAML syntax error: expected ',' or '}', but got <document start> (while "
                + "parsing a flow mapping at line 7)",
            "10 K8S901 Secret/third");
  }

  @Test
  void containersOfCronJobsListsAndInitContainersAreVisited() {
    assertThat(lint("m.yaml", """
        apiVersion: v1
        kind: List
        items:
          - apiVersion: batch/v1
            kind: CronJob
            metadata: {name: nightly}
            spec:
              jobTemplate:
                spec:
                  template:
                    spec:
                      initContainers: [{name: setup, image: a}]
                      containers: [{name: report, image: b}]
        """)).containsExactly(
            "5 K8S901 CronJob/nightly",
            "12 K8S902 CronJob/nightly init container 'setup'",
            "13 K8S902 CronJob/nightly container 'report'");
  }

  @Test
  void jsonManifestsAreRead() {
    assertThat(lint("pod.json", """
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"},
         "spec": {"containers": [{"name": "app", "image": "busybox"}]}}
        """)).containsExactly("1 K8S901 Pod/p", "2 K8S902 Pod/p container 'app'");
  }

  @Test
  void mergeKeysAreApplied() {
    assertThat(lint("m.yaml", """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - &base {name: a, image: x}
            - <<: *base
              name: b
        """)).containsExactly("2 K8S901 Pod/p", "6 K8S902 Pod/p container 'a'",
            "8 K8S902 Pod/p container 'b'");
  }

  @Test
  void theIgnoreAnnotationSilencesItsObjectOrItsPodTemplate() {
    assertThat(lint("m.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: quiet
          annotations:
            plumbline.dev/ignore: "K8S901: generated; every-container"
        spec:
          template:
            spec:
              containers: [{name: a, image: x}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: loud
        spec:
          template:
            metadata:
              annotations:
                plumbline.dev/ignore: "K8S902: the template only"
            spec:
              containers: [{name: b, image: x}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: other}
        spec:
          containers: [{name: c, image: x}]
        """)).containsExactly(
            "2 K8S901 suppressed Deployment/quiet",
            "10 K8S902 suppressed Deployment/quiet container 'a'",
            "13 K8S901 Deployment/loud",
            "22 K8S902 suppressed Deployment/loud container 'b'",
            "25 K8S901 Pod/other",
            "28 K8S902 Pod/other container 'c'");
  }

  @Test
  void yamlWithoutObjectsIsNeitherLintedNorNoted(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("values.yaml"), "replicaCount: 2\nimage: {tag: latest}\n");
    Files.writeString(root.resolve("config.json"), "{\"kind\": \"x\", \"name\": [}");
    Files.writeString(root.resolve("deploy.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n");
    LintResult result = run(root, "values.yaml", "config.json", "deploy.yaml");
    assertThat(result.files()).extracting(LintedFile::path).containsExactly("deploy.yaml");
    assertThat(result.files()).extracting(LintedFile::kind).containsExactly(FileKind.KUBERNETES);
    assertThat(result.notifications()).isEmpty();
    assertThat(describe(result.findings())).containsExactly("2 K8S901 Namespace/shop");
  }

  @Test
  void helmTemplatesAndKustomizationsAreSkippedWithANote(@TempDir Path root) throws IOException {
    Path chart = Files.createDirectories(root.resolve("chart/templates/sub"));
    Files.writeString(root.resolve("chart/Chart.yaml"), "apiVersion: v2\nname: web\n");
    String template = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ include "web.fullname" . }}
          {{- with .Values.labels }}
          labels: {{ toYaml . | nindent 4 }}
          {{- end }}
        """;
    Files.writeString(chart.resolve("deploy.yaml"), template);
    Files.writeString(root.resolve("kustomization.yaml"),
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n");
    LintResult result = run(root, "chart/templates/sub/deploy.yaml", "kustomization.yaml");
    assertThat(result.findings()).isEmpty();
    assertThat(result.files()).isEmpty();
    assertThat(result.notifications()).extracting(Notification::message).containsExactly(
        "Helm chart template: not linted (run Plumbline on the output of 'helm template').",
        "Kustomize configuration, not a manifest: not linted (Plumbline lints the resources it "
            + "lists, or run it on the output of 'kustomize build').");
  }

  @Test
  void templateMarkupThatIsNotYamlIsSkippedAndBrokenManifestsAreReported(@TempDir Path root)
      throws IOException {
    Files.writeString(root.resolve("jinja.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  {% if x %}\n  name: {{ name }}\n  {% endif %}\n");
    Files.writeString(root.resolve("broken.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [a\n");
    LintResult result = run(root, "broken.yaml", "jinja.yaml");
    assertThat(result.files()).extracting(LintedFile::path).containsExactly("broken.yaml");
    assertThat(result.notifications()).extracting(n -> n.path().orElseThrow())
        .containsExactly("jinja.yaml");
    assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("K8S000");
  }
}
