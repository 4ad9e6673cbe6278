package dev.plumbline.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.FileKind;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassifierTest {

  @ParameterizedTest
  @ValueSource(strings = {"Dockerfile", "dockerfile", "docker/Dockerfile", "Dockerfile.dev",
      "images/Dockerfile.alpine", "Dockerfile.ui.tilt", "Dockerfile-alpine", "Dockerfile_test",
      "base.Dockerfile", ".gitpod.Dockerfile", "crates/builder.dockerfile", "Containerfile",
      "containerfile", "Containerfile.fedora", "app.containerfile", "Dockerfile.template"})
  void dockerfilesAreRecognisedByName(String path) {
    assertThat(Classifier.classify(path)).contains(FileKind.DOCKERFILE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dockerfile.dockerignore", "app.Dockerfile.dockerignore",
      ".dockerignore", "dockerfile.go", "dockerfile_test.go", "pkg/dockerfile.py",
      "Dockerfile.md", "docs/Dockerfile.txt", "Dockerfiles", "MyDockerfile", "Dockerfile.",
      "Dockerfile.yml", "Dockerfile.sh", "DOCKERFILE", "docker-compose.yml"})
  void lookalikesAreLeftAlone(String path) {
    assertThat(Classifier.classify(path)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {".github/workflows/Dockerfile.yml", ".github/workflows/ci.yml"})
  void workflowsStayWorkflows(String path) {
    assertThat(Classifier.classify(path)).contains(FileKind.GITHUB_WORKFLOW);
  }
}
