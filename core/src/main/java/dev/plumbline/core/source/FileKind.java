package dev.plumbline.core.source;

/** What a file is, as far as Plumbline is concerned; decided by the engine's classifier. */
public enum FileKind {
  /** A workflow under {@code .github/workflows/}. */
  GITHUB_WORKFLOW("GitHub Actions workflow"),
  /** Action metadata: {@code action.yml} or {@code action.yaml}. */
  GITHUB_ACTION("GitHub Actions action metadata"),
  /** A Dockerfile or Containerfile. */
  DOCKERFILE("Dockerfile");

  private final String description;

  FileKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
