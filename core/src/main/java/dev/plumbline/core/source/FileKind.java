package dev.plumbline.core.source;

/** What a file is, as far as Plumbline is concerned; decided by the engine's classifier. */
public enum FileKind {
  /** A workflow under {@code .github/workflows/}. */
  GITHUB_WORKFLOW("GitHub Actions workflow"),
  /** Action metadata: {@code action.yml} or {@code action.yaml}. */
  GITHUB_ACTION("GitHub Actions action metadata"),
  /** A GitLab CI pipeline: {@code .gitlab-ci.yml}, or {@code *.gitlab-ci.yml}. */
  GITLAB_CI("GitLab CI pipeline"),
  /** A Dockerfile or Containerfile. */
  DOCKERFILE("Dockerfile"),
  /**
   * A YAML or JSON file that may hold Kubernetes manifests. The path only makes it a candidate:
   * the Kubernetes linter reads it and declines it when no document has {@code apiVersion} and
   * {@code kind}.
   */
  KUBERNETES("Kubernetes manifest"),
  /** Terraform configuration: {@code *.tf}, or {@code *.tf.json} in the JSON syntax. */
  TERRAFORM("Terraform configuration"),
  /** Terraform variable values: {@code *.tfvars}, or {@code *.tfvars.json}. */
  TERRAFORM_VARIABLES("Terraform variables file");

  private final String description;

  FileKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
