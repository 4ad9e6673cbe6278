package dev.plumbline.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.engine.discovery.DiscoveryResult;
import dev.plumbline.core.engine.discovery.FileDiscovery;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.KubernetesProject;
import dev.plumbline.core.model.terraform.TerraformFile;
import dev.plumbline.core.report.ReportContext;
import dev.plumbline.core.report.SarifReporter;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.LintRule;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectContext;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.testing.ThrowingRule;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule that throws on one file, on every platform and whatever it throws: the rule's failure is
 * one internal-error notification that names the rule and the file; the other rules' findings on
 * that file, and every rule's findings on the other file, are all reported.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RuleFailureTest {

  private static final String NOTED = "noted";
  private static final List<String> THROWABLES = List.of("IllegalStateException",
      "AssertionError", "NoClassDefFoundError", "ExceptionInInitializerError");

  @TempDir
  Path repo;

  /** Notes every workflow. */
  @Rule(id = "GHA991", name = "test-notes-workflows", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.WARNING, summary = "Notes every workflow")
  public static final class NotesWorkflows implements GitHubRule {
    @Override
    public void visitWorkflow(Workflow workflow, RuleContext ctx) {
      ctx.report(ctx.file().lineSpan(2), NOTED);
    }
  }

  /** Throws at the first instruction of a Dockerfile that asks; notes the others. */
  @Rule(id = "DKR990", name = "test-throws-in-dockerfiles", platform = Platform.DOCKERFILE,
      severity = Severity.NOTE, summary = "Throws where a Dockerfile asks")
  public static final class ThrowsInDockerfiles implements DockerfileRule {
    @Override
    public void visitInstruction(Instruction instruction, RuleContext ctx) {
      ThrowingRule.throwIfAsked(ctx.file());
      ctx.report(instruction.span(), NOTED);
    }
  }

  /** Notes every Dockerfile. */
  @Rule(id = "DKR991", name = "test-notes-dockerfiles", platform = Platform.DOCKERFILE,
      severity = Severity.WARNING, summary = "Notes every Dockerfile")
  public static final class NotesDockerfiles implements DockerfileRule {
    @Override
    public void visitDockerfile(Dockerfile dockerfile, RuleContext ctx) {
      ctx.report(ctx.file().lineSpan(2), NOTED);
    }
  }

  /** Throws at the jobs of a pipeline that asks; notes the others. */
  @Rule(id = "GLC990", name = "test-throws-in-pipelines", platform = Platform.GITLAB_CI,
      severity = Severity.NOTE, summary = "Throws where a pipeline asks")
  public static final class ThrowsInPipelines implements GitLabRule {
    @Override
    public void visitJob(Job job, GitLabContext ctx) {
      ThrowingRule.throwIfAsked(ctx.pipeline().file());
      ctx.report(job.node(), NOTED, null);
    }
  }

  /** Notes every pipeline. */
  @Rule(id = "GLC991", name = "test-notes-pipelines", platform = Platform.GITLAB_CI,
      severity = Severity.WARNING, summary = "Notes every pipeline")
  public static final class NotesPipelines implements GitLabRule {
    @Override
    public void visitPipeline(Pipeline pipeline, GitLabContext ctx) {
      ctx.report(pipeline.node(), NOTED, null);
    }
  }

  /** Throws at a Kubernetes object whose file asks; notes the others. */
  @Rule(id = "K8S990", name = "test-throws-in-manifests", platform = Platform.KUBERNETES,
      severity = Severity.NOTE, summary = "Throws where a manifest asks")
  public static final class ThrowsInManifests implements KubernetesRule {
    @Override
    public void visitObject(KubeObject object, RuleContext ctx) {
      ThrowingRule.throwIfAsked(ctx.file());
      ctx.report(object.span(), NOTED);
    }
  }

  /** Notes every Kubernetes object. */
  @Rule(id = "K8S991", name = "test-notes-objects", platform = Platform.KUBERNETES,
      severity = Severity.WARNING, summary = "Notes every object")
  public static final class NotesObjects implements KubernetesRule {
    @Override
    public void visitObject(KubeObject object, RuleContext ctx) {
      ctx.report(object.span(), NOTED);
    }
  }

  /** Fails in the cross-object phase, which sees the objects of every file at once. */
  @Rule(id = "K8S992", name = "test-throws-across-manifests", platform = Platform.KUBERNETES,
      severity = Severity.NOTE, summary = "Throws in the cross-object phase")
  public static final class ThrowsAcrossManifests implements KubernetesRule {
    @Override
    public void visitProject(KubernetesProject project, ProjectContext ctx) {
      throw new IllegalStateException("thrown across " + project.objects().size() + " objects");
    }
  }

  /** Throws at a Terraform file that asks; notes the others. */
  @Rule(id = "TF990", name = "test-throws-in-terraform", platform = Platform.TERRAFORM,
      severity = Severity.NOTE, summary = "Throws where a Terraform file asks")
  public static final class ThrowsInTerraform implements TerraformRule {
    @Override
    public void visitFile(TerraformFile file, ModuleContext ctx) {
      ThrowingRule.throwIfAsked(file.source());
      ctx.report(file.path(), file.source().lineSpan(2), NOTED, null);
    }
  }

  /** Notes every Terraform file. */
  @Rule(id = "TF991", name = "test-notes-terraform", platform = Platform.TERRAFORM,
      severity = Severity.WARNING, summary = "Notes every Terraform file")
  public static final class NotesTerraform implements TerraformRule {
    @Override
    public void visitFile(TerraformFile file, ModuleContext ctx) {
      ctx.report(file.path(), file.source().lineSpan(2), NOTED, null);
    }
  }

  /**
   * One platform: a rule that throws where a file asks, one that notes every file, and the text
   * of a file of the platform whose first line is a comment ({@code %s}).
   */
  private record Platformed(String name, Class<? extends LintRule> throwing,
      Class<? extends LintRule> noting, String failingPath, String finePath, String text) {

    String throwingId() {
      return new RuleDescriptor(throwing).id();
    }

    String notingId() {
      return new RuleDescriptor(noting).id();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Platformed> PLATFORMS = List.of(
      new Platformed("GitHub Actions", ThrowingRule.class, NotesWorkflows.class,
          ".github/workflows/a.yml", ".github/workflows/b.yml", """
          %s
          on: push
          jobs:
            build:
              runs-on: ubuntu-latest
              steps:
                - run: make
          """),
      new Platformed("Dockerfile", ThrowsInDockerfiles.class, NotesDockerfiles.class,
          "a/Dockerfile", "b/Dockerfile", """
          %s
          FROM alpine:3.20
          RUN make
          """),
      new Platformed("GitLab CI", ThrowsInPipelines.class, NotesPipelines.class,
          "a/.gitlab-ci.yml", "b/.gitlab-ci.yml", """
          %s
          test:
            script: make test
          """),
      new Platformed("Kubernetes", ThrowsInManifests.class, NotesObjects.class,
          "k8s/a.yaml", "k8s/b.yaml", """
          %s
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: settings
          """),
      new Platformed("Terraform", ThrowsInTerraform.class, NotesTerraform.class,
          "a/main.tf", "b/main.tf", """
          %s
          resource "null_resource" "x" {}
          """));

  static Stream<Arguments> platformsAndThrowables() {
    List<Arguments> cases = new ArrayList<>();
    for (Platformed platform : PLATFORMS) {
      for (String throwable : THROWABLES) {
        cases.add(Arguments.of(platform, throwable));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("platformsAndThrowables")
  void onlyTheFailingRuleLosesOnlyTheFailingFile(Platformed platform, String throwable)
      throws IOException {
    write(platform.failingPath(), platform.text().formatted(ThrowingRule.request(throwable)));
    write(platform.finePath(), platform.text().formatted("# a file like any other"));
    for (int jobs : new int[] {1, 3}) {
      LintResult result = run(platform, jobs);
      assertThat(result.findings()).as("jobs=%d", jobs)
          .extracting(f -> f.path() + " " + f.ruleId())
          .containsOnly(
              platform.failingPath() + " " + platform.notingId(),
              platform.finePath() + " " + platform.notingId(),
              platform.finePath() + " " + platform.throwingId());
      assertThat(result.notifications()).as("jobs=%d", jobs).singleElement().satisfies(n -> {
        assertThat(n.isInternalError()).isTrue();
        assertThat(n.path()).contains(platform.failingPath());
        assertThat(n.ruleId()).contains(platform.throwingId());
        assertThat(n.message()).startsWith("internal error in rule " + platform.throwingId()
            + ": ").contains(throwable, "thrown on request in " + platform.failingPath());
      });
      assertThat(result.executionSuccessful()).isFalse();
      assertThat(result.filesLinted()).isEqualTo(2);
    }
  }

  @Test
  void aCrossFileRuleThatThrowsIsNamedWithoutAFile() throws IOException {
    Platformed kubernetes = PLATFORMS.get(3);
    write(kubernetes.failingPath(), kubernetes.text().formatted("# one"));
    write(kubernetes.finePath(), kubernetes.text().formatted("# two"));
    RuleRegistry registry = new RuleRegistry(List.of(new RuleDescriptor(NotesObjects.class),
        new RuleDescriptor(ThrowsAcrossManifests.class)));
    Engine engine = new Engine(RuleSet.defaults(registry), new EngineOptions(2, 1 << 20));
    DiscoveryResult discovery = new FileDiscovery(List.of()).discover(List.of(repo), repo);
    LintResult result = engine.run(discovery.files(), discovery.notifications());
    assertThat(result.findings()).extracting(f -> f.path() + " " + f.ruleId())
        .containsExactly("k8s/a.yaml K8S991", "k8s/b.yaml K8S991");
    assertThat(result.notifications()).singleElement().satisfies(n -> {
      assertThat(n.isInternalError()).isTrue();
      assertThat(n.ruleId()).contains("K8S992");
      assertThat(n.path()).as("the rule saw every file at once").isEmpty();
      assertThat(n.message()).isEqualTo("internal error in rule K8S992: "
          + "java.lang.IllegalStateException: thrown across 2 objects");
    });
  }

  @Test
  void sarifCarriesTheFailureAsAToolExecutionNotificationOfTheRule() throws IOException {
    Platformed github = PLATFORMS.get(0);
    write(github.failingPath(), github.text().formatted(
        ThrowingRule.request("IllegalStateException")));
    write(github.finePath(), github.text().formatted("# a file like any other"));
    StringWriter out = new StringWriter();
    new SarifReporter().write(new ReportContext(run(github, 1), "0.1.0",
        Optional.of(repo.toUri()), false), out);
    JsonNode run = new ObjectMapper().readTree(out.toString()).at("/runs/0");

    assertThat(run.at("/results")).hasSize(3);
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean(true)).isFalse();
    JsonNode notification = run.at("/invocations/0/toolExecutionNotifications");
    assertThat(notification).hasSize(1);
    JsonNode failure = notification.get(0);
    assertThat(failure.path("level").asText()).isEqualTo("error");
    assertThat(failure.at("/message/text").asText()).isEqualTo("internal error in rule GHA990: "
        + "java.lang.IllegalStateException: thrown on request in .github/workflows/a.yml.");
    assertThat(failure.at("/associatedRule/id").asText()).isEqualTo("GHA990");
    int index = failure.at("/associatedRule/index").asInt(-1);
    assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo("GHA990");
    JsonNode artifact = failure.at("/locations/0/physicalLocation/artifactLocation");
    assertThat(artifact.path("uri").asText()).isEqualTo(".github/workflows/a.yml");
    assertThat(artifact.path("uriBaseId").asText()).isEqualTo(SarifReporter.SRCROOT);
    assertThat(failure.at("/exception/kind").asText())
        .isEqualTo("java.lang.IllegalStateException");
    assertThat(failure.at("/exception/message").asText())
        .isEqualTo("thrown on request in .github/workflows/a.yml");
  }

  private LintResult run(Platformed platform, int jobs) throws IOException {
    RuleRegistry registry = new RuleRegistry(List.of(new RuleDescriptor(platform.throwing()),
        new RuleDescriptor(platform.noting())));
    Engine engine = new Engine(RuleSet.defaults(registry), new EngineOptions(jobs, 1 << 20));
    DiscoveryResult discovery = new FileDiscovery(List.of()).discover(List.of(repo), repo);
    return engine.run(discovery.files(), discovery.notifications());
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
