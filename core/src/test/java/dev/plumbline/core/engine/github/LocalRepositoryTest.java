package dev.plumbline.core.engine.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRepositoryTest {

  @TempDir
  Path repository;

  private Path write(String path, String text) throws IOException {
    Path file = repository.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aWorkflowsRepositoryIsTheDirectoryAboveDotGithub() throws IOException {
    Path workflow = write(".github/workflows/ci.yml", "on: push\n");
    Path action = write("tools/setup/action.yml", "name: setup\n");

    assertThat(LocalRepository.rootOf(workflow)).isEqualTo(repository);
    assertThat(LocalRepository.rootOf(action)).isEqualTo(repository); // it holds .github
  }

  @Test
  void localActionsAndWorkflowsResolveFromTheRootAndAreReadFromDiskWhenNotInTheRun()
      throws IOException {
    write(".github/actions/setup/action.yaml", "name: setup\nruns:\n  using: composite\n"
        + "  steps:\n    - run: make\n      shell: bash\n");
    write(".github/workflows/build.yml", "on: workflow_call\njobs: {}\n");
    LocalRepository local = new LocalRepository(repository);

    assertThat(local.localAction("./.github/actions/setup")).get()
        .extracting(a -> a.steps().size()).isEqualTo(1);
    assertThat(local.localAction("./.github/actions/setup")).get()
        .extracting(ActionMetadata::repository).isSameAs(local);
    assertThat(local.localWorkflow("./.github/workflows/build.yml")).get()
        .extracting(w -> w.triggers().get(0).event()).isEqualTo("workflow_call");
    assertThat(local.localWorkflow("$/.github/workflows/build.yml"))
        .containsSame(local.localWorkflow("./.github/workflows/build.yml").orElseThrow());
    assertThat(local.localAction("./.github/actions/missing")).isEmpty();
    assertThat(local.localAction("./../outside")).isEmpty();
    assertThat(local.localAction("owner/repo@v1")).isEmpty();
    assertThat(local.localAction("./x\u0000y")).isEmpty(); // no file can have this name
  }

  @Test
  void filesOfTheRunAreFoundWithoutReadingThemAgain() throws IOException {
    Path file = write(".github/workflows/build.yml", "on: workflow_call\n");
    LocalRepository local = new LocalRepository(repository);
    Workflow inRun = new Workflow(dev.plumbline.core.yaml.YamlMapping.assembled(
        dev.plumbline.core.source.Span.at(new dev.plumbline.core.source.Position(1, 1, 0)),
        java.util.List.of()), local);
    local.add(file, inRun);

    assertThat(local.localWorkflow("./.github/workflows/build.yml")).containsSame(inRun);
    assertThat(local.workflows()).containsExactly(inRun);
  }
}
