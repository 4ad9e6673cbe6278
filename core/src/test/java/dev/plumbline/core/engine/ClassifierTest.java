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
      "Dockerfile.sh", "DOCKERFILE", "docker-compose.yml"})
  void lookalikesAreLeftAlone(String path) {
    assertThat(Classifier.classify(path)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {".github/workflows/Dockerfile.yml", ".github/workflows/ci.yml"})
  void workflowsStayWorkflows(String path) {
    assertThat(Classifier.classify(path)).contains(FileKind.GITHUB_WORKFLOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"deploy.yaml", "k8s/app.yml", "manifests/pod.json", "Dockerfile.yml",
      "charts/web/templates/deployment.yaml", "overlays/prod/kustomization.yaml",
      "config/values.YAML"})
  void yamlAndJsonAreKubernetesCandidates(String path) {
    assertThat(Classifier.classify(path)).contains(FileKind.KUBERNETES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docker-compose.yml",
      "docker-compose.prod.yaml", "compose.yaml", "compose.override.yml", "package.json",
      "web/package-lock.json", "tsconfig.base.json", "pnpm-lock.yaml",
      ".pre-commit-config.yaml", ".plumbline.yml", ".github/dependabot.yml",
      ".gitlab/ci/build.yml", "notes.txt", "deploy.yaml.bak"})
  void otherYamlIsNotAKubernetesCandidate(String path) {
    assertThat(Classifier.classify(path)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {".gitlab-ci.yml", "ci/.gitlab-ci.yaml", "templates/Docker.gitlab-ci.yml"})
  void gitLabPipelines(String path) {
    assertThat(Classifier.classify(path)).contains(FileKind.GITLAB_CI);
  }

  @ParameterizedTest
  @ValueSource(strings = {"action.yml", "sub/action.yaml"})
  void actionMetadataStaysAction(String path) {
    assertThat(Classifier.classify(path)).contains(FileKind.GITHUB_ACTION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"main.tf", "infra/network/vpc.tf", "main.tf.json",
      "modules/x/override.tf.json"})
  void terraformConfigurationIsRecognisedByName(String path) {
    assertThat(Classifier.classify(path)).contains(FileKind.TERRAFORM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"terraform.tfvars", "env/prod.tfvars", "terraform.tfvars.json",
      "a.auto.tfvars.json"})
  void terraformVariablesFilesAreRecognisedByName(String path) {
    assertThat(Classifier.classify(path)).contains(FileKind.TERRAFORM_VARIABLES);
  }

  @ParameterizedTest
  @ValueSource(strings = {".terraform/modules/vpc/main.tf", "infra/.terraform/providers/x.tf",
      "live/.terragrunt-cache/abc/main.tf", ".tf", "main.tf.bak", "main.tfstate",
      "terraform.tfstate.backup", "notes.tfvars.txt"})
  void terraformWorkingFilesAndLookalikesAreLeftAlone(String path) {
    assertThat(Classifier.classify(path)).isEqualTo(Optional.empty());
  }
}
