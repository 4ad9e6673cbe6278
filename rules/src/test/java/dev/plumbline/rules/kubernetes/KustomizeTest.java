package dev.plumbline.rules.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fixtures cannot show: files beside a kustomization, whose images Kustomize may
 * rewrite, and patches, which name containers only to change them.
 */
class KustomizeTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();
  private static final List<String> RULES = List.of("K8S007", "K8S008", "K8S009", "K8S010",
      "K8S011", "K8S012", "K8S029");

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: manager
      spec:
        selector:
          matchLabels: {app: manager}
        template:
          spec:
            containers:
              - name: manager
                image: controller:latest
                imagePullPolicy: IfNotPresent
                ports:
                  - containerPort: 9443
      """;

  private static final String PATCH = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: manager
      spec:
        template:
          spec:
            containers:
              - name: manager
                image: registry.example.com/manager:1.2.0
                args: ["--leader-elect"]
      """;

  @TempDir
  Path dir;

  /** The IDs of the findings of this class's rules. */
  private static List<String> findings(String text, Path location) {
    RuleSet.Builder builder = RuleSet.builder(REGISTRY);
    for (RuleDescriptor rule : REGISTRY.all()) {
      builder.configure(rule, RULES.contains(rule.id())
          ? new RuleConfig(Optional.of(true), Optional.empty(), Map.of()) : RuleConfig.off());
    }
    Engine engine = new Engine(builder.build(),
        new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES));
    SourceFile file = SourceFile.of("manager.yaml", text);
    return engine.lint(file, FileKind.KUBERNETES, location).findings().stream()
        .map(Finding::ruleId).toList();
  }

  @Test
  void imagesAreJudgedWhereNoKustomizationCanRewriteThem() {
    assertThat(findings(DEPLOYMENT, dir.resolve("manager.yaml"))).containsExactlyInAnyOrder(
        "K8S007", "K8S008", "K8S009", "K8S010", "K8S011", "K8S012", "K8S029");
  }

  @Test
  void imagesBesideAKustomizationAreLeftToIt() throws IOException {
    Files.writeString(dir.resolve("kustomization.yaml"), """
        resources: [manager.yaml]
        images:
          - name: controller
            newName: registry.example.com/manager
            newTag: 1.2.0
        """);
    assertThat(findings(DEPLOYMENT, dir.resolve("manager.yaml")))
        .as("only the image rules step back").containsExactlyInAnyOrder(
            "K8S007", "K8S008", "K8S011", "K8S012");
  }

  @Test
  void aWorkloadWithoutSelectorIsAPatch() {
    assertThat(findings(PATCH, dir.resolve("manager.yaml"))).as("only the digest")
        .containsExactly("K8S010");
    assertThat(findings(PATCH.replace("image: registry.example.com/manager:1.2.0\n", "")
        .replace("spec:\n  template", "spec:\n  selector: {matchLabels: {app: m}}\n  template"),
        dir.resolve("manager.yaml"))).as("a container without image").isEmpty();
  }
}
