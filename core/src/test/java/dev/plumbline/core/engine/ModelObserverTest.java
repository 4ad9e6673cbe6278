package dev.plumbline.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.discovery.DiscoveryResult;
import dev.plumbline.core.engine.discovery.FileDiscovery;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An observer given to a run sees each model once, whatever the number of threads. */
@Timeout(60)
class ModelObserverTest {

  /** Reports every step, to show the rules still run beside an observer. */
  @Rule(id = "GHA901", name = "every-step", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.WARNING, summary = "Reports every step")
  public static final class EveryStep implements GitHubRule {
    @Override
    public void visitStep(Step step, RuleContext ctx) {
      ctx.report(step.anchorSpan(), step.label());
    }
  }

  @TempDir
  Path dir;

  /** Writes down what it sees, as "kind path detail". */
  private static final class Recorder implements ModelObserver {
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void workflow(Workflow workflow, SourceFile file) {
      seen.add("workflow " + file.path() + " jobs=" + workflow.jobs().size());
    }

    @Override
    public void pipeline(Pipeline pipeline) {
      seen.add("pipeline " + pipeline.file().path() + " jobs=" + pipeline.visibleJobs().size());
    }

    @Override
    public void dockerfile(Dockerfile dockerfile) {
      seen.add("dockerfile " + dockerfile.file().path() + " stages="
          + dockerfile.stages().stream().map(Stage::label).toList());
    }

    @Override
    public void kubernetesObjects(List<KubeObject> objects, SourceFile file) {
      seen.add("kubernetes " + file.path() + " " + objects.stream().map(KubeObject::label)
          .toList());
    }

    @Override
    public void terraformModule(TerraformModule module) {
      seen.add("terraform " + module.directory() + " resources=" + module.resources().size());
    }
  }

  private void repository() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    write(".github/workflows/ci.yml", "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
        + "      - run: make\n  b:\n    runs-on: x\n    steps:\n      - run: make test\n");
    write(".gitlab-ci.yml", "build:\n  script: make\ntest:\n  script: make test\n");
    write("Dockerfile", "FROM alpine AS build\nRUN make\nFROM scratch\n");
    write("k8s/app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: one\n---\n"
        + "apiVersion: v1\nkind: Secret\nmetadata:\n  name: two\n");
    write("infra/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n");
    write("infra/more.tf", "resource \"aws_s3_bucket\" \"c\" {}\n");
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private LintResult run(int jobs, ModelObserver observer) throws IOException {
    RuleRegistry registry = new RuleRegistry(List.of(new RuleDescriptor(EveryStep.class)));
    Engine engine = new Engine(RuleSet.defaults(registry), new EngineOptions(jobs, 1 << 20));
    DiscoveryResult found = new FileDiscovery(List.of()).discover(List.of(dir), dir);
    return engine.run(found.files(), found.notifications(), observer);
  }

  @Test
  void everyPlatformShowsEachOfItsModelsOnceAndTheRulesStillRun() throws IOException {
    repository();
    for (int jobs : new int[] {1, 4}) {
      Recorder recorder = new Recorder();
      LintResult result = run(jobs, recorder);
      assertThat(recorder.seen).as("jobs=" + jobs).containsExactlyInAnyOrder(
          "workflow .github/workflows/ci.yml jobs=2",
          "pipeline .gitlab-ci.yml jobs=2",
          "dockerfile Dockerfile stages=[stage 'build', stage 2]",
          "kubernetes k8s/app.yaml [ConfigMap/one, Secret/two]",
          "terraform infra resources=2");
      assertThat(result.findings()).extracting(Finding::message)
          .containsExactly("step 1", "step 1");
      assertThat(result.notifications()).isEmpty();
    }
  }

  @Test
  void anObserverThatThrowsIsAnInternalErrorOfTheFileAndTheFindingsStay() throws IOException {
    repository();
    LintResult result = run(2, new ModelObserver() {
      @Override
      public void workflow(Workflow workflow, SourceFile file) {
        throw new IllegalStateException("observer failed");
      }
    });
    assertThat(result.findings()).hasSize(2);
    assertThat(result.notifications()).singleElement().satisfies(n -> {
      assertThat(n.isInternalError()).isTrue();
      assertThat(n.path()).contains(".github/workflows/ci.yml");
      assertThat(n.message()).contains("observer failed");
    });
  }

  @Test
  void withoutAnObserverTheRunIsTheSame() throws IOException {
    repository();
    Recorder recorder = new Recorder();
    assertThat(run(2, recorder).findings()).isEqualTo(run(2, ModelObserver.NONE).findings());
  }
}
