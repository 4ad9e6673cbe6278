package dev.plumbline.core.engine;

import dev.plumbline.core.source.FileKind;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides what a file is from its path within its repository. Only files that some platform
 * reads are classified; everything else is left alone. For YAML and JSON the path only makes a
 * {@link FileKind#KUBERNETES} candidate: the Kubernetes linter reads it once and declines it when
 * it holds no Kubernetes object, so content is never read twice.
 */
public final class Classifier {

  /** GitHub reads workflows directly in {@code .github/workflows}, not in subdirectories. */
  private static final Pattern WORKFLOW = Pattern.compile("(?:^|.*/)\\.github/workflows/[^/]+\\.ya?ml");
  private static final Pattern ACTION = Pattern.compile("(?:^|.*/)action\\.ya?ml");
  /**
   * Dockerfile names real projects use: {@code Dockerfile}, {@code dockerfile},
   * {@code Dockerfile.dev}, {@code Dockerfile-alpine}, {@code base.Dockerfile},
   * {@code app.dockerfile}, and the same with {@code Containerfile}. A lower-case
   * {@code dockerfile.*} is left alone: it is usually source code ({@code dockerfile.go}).
   */
  private static final Pattern DOCKERFILE = Pattern.compile(
      "(?:[Dd]ockerfile|[Cc]ontainerfile)|(?:Dockerfile|Containerfile)[._-].+"
      + "|.+\\.(?:[Dd]ockerfile|[Cc]ontainerfile)");
  /** Files named like Dockerfiles that are something else: ignore files, docs, code, backups. */
  private static final Pattern NOT_DOCKERFILE = Pattern.compile(
      ".*\\.(?:dockerignore|md|markdown|rst|adoc|txt|go|py|js|ts|java|rs|rb|json|ya?ml|toml"
      + "|sh|bash|ps1|bat|xml|html|lock|orig|rej|bak|swp|patch|diff)",
      Pattern.CASE_INSENSITIVE);

  /** GitLab CI pipelines: {@code .gitlab-ci.yml} and templates named {@code *.gitlab-ci.yml}. */
  private static final Pattern GITLAB_CI = Pattern.compile(".*\\.gitlab-ci\\.ya?ml");

  /** Terraform configuration, native or JSON syntax. */
  private static final Pattern TERRAFORM = Pattern.compile(".+\\.tf(?:\\.json)?");
  private static final Pattern TERRAFORM_VARIABLES = Pattern.compile(".+\\.tfvars(?:\\.json)?");
  /**
   * Terraform's working directory holds copies of downloaded modules and providers: not the
   * repository's code.
   */
  private static final Pattern TERRAFORM_WORK_DIRECTORY =
      Pattern.compile("(?:^|.*/)\\.(?:terraform|terragrunt-cache)/.*");

  /** YAML and JSON files: candidates for Kubernetes manifests, decided by their content. */
  private static final Pattern MANIFEST_CANDIDATE =
      Pattern.compile(".+\\.(?:ya?ml|json)", Pattern.CASE_INSENSITIVE);
  /**
   * YAML and JSON files known to be something else: other CI platforms' files (GitLab CI will
   * get its own kind here), Compose files, package manager and tool configuration. They are
   * never Kubernetes manifests, and leaving them out saves reading them.
   */
  private static final Pattern NOT_MANIFEST = Pattern.compile(
      "\\.gitlab-ci\\.ya?ml|(?:docker-)?compose(?:[._-].*)?\\.ya?ml"
      + "|package(?:-lock)?\\.json|composer\\.json|tsconfig.*\\.json|.*-lock\\.ya?ml"
      + "|\\.pre-commit-(?:config|hooks)\\.ya?ml|\\.plumbline\\.ya?ml",
      Pattern.CASE_INSENSITIVE);
  /** GitHub's and GitLab's own directories hold their configuration, not manifests. */
  private static final Pattern CI_DIRECTORY = Pattern.compile("(?:^|.*/)\\.(?:github|gitlab)/.*");

  private Classifier() {}

  /**
   * @param contextPath {@code /}-separated path relative to the repository root (or scan root)
   */
  public static Optional<FileKind> classify(String contextPath) {
    if (WORKFLOW.matcher(contextPath).matches()) {
      return Optional.of(FileKind.GITHUB_WORKFLOW);
    }
    if (ACTION.matcher(contextPath).matches()) {
      return Optional.of(FileKind.GITHUB_ACTION);
    }
    String name = contextPath.substring(contextPath.lastIndexOf('/') + 1);
    if (GITLAB_CI.matcher(name).matches()) {
      return Optional.of(FileKind.GITLAB_CI);
    }
    if (DOCKERFILE.matcher(name).matches() && !NOT_DOCKERFILE.matcher(name).matches()) {
      return Optional.of(FileKind.DOCKERFILE);
    }
    if (TERRAFORM.matcher(name).matches() || TERRAFORM_VARIABLES.matcher(name).matches()) {
      return TERRAFORM_WORK_DIRECTORY.matcher(contextPath).matches() ? Optional.empty()
          : Optional.of(TERRAFORM.matcher(name).matches() ? FileKind.TERRAFORM
              : FileKind.TERRAFORM_VARIABLES);
    }
    if (MANIFEST_CANDIDATE.matcher(name).matches() && !NOT_MANIFEST.matcher(name).matches()
        && !CI_DIRECTORY.matcher(contextPath).matches()) {
      return Optional.of(FileKind.KUBERNETES);
    }
    return Optional.empty();
  }
}
