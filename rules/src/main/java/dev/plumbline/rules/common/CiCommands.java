package dev.plumbline.rules.common;

import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.List;
import java.util.Set;

/**
 * What a command of a CI script does, as far as the rules about testing, scanning, building and
 * deploying need to know: whether it runs tests, linters or scanners, whether it builds a
 * container image, whether it deploys. Shared by the GitLab CI and GitHub Actions rules.
 */
public final class CiCommands {

  /** Programs that test, lint or scan whatever their arguments. */
  private static final Set<String> TEST_TOOLS = Set.of("pytest", "tox", "nox", "jest", "vitest",
      "mocha", "phpunit", "rspec", "ctest", "eslint", "golangci-lint", "ruff", "flake8", "pylint",
      "mypy", "shellcheck", "hadolint", "trivy", "grype", "snyk", "semgrep", "gitleaks",
      "trufflehog", "checkov", "tflint", "playwright", "cypress");

  /** Commands that scan code, dependencies, secrets, images or infrastructure. */
  private static final Set<String> SCANNERS = Set.of("trivy", "grype", "snyk", "semgrep",
      "gitleaks", "trufflehog", "checkov", "tfsec", "kics", "terrascan", "bandit", "gosec",
      "govulncheck", "osv-scanner", "pip-audit", "safety", "bundler-audit", "brakeman",
      "dependency-check", "dependency-check.sh", "ggshield", "detect-secrets", "sonar-scanner",
      "njsscan", "horusec", "nuclei", "zap-baseline.py", "zap-full-scan.py", "zap-api-scan.py",
      "clair-scanner", "anchore-cli", "dockle", "syft", "cosign");

  private CiCommands() {}

  /**
   * Whether the command runs tests, linters or scanners: a test tool ({@code pytest},
   * {@code eslint}, {@code trivy}...), also through {@code bundle exec}, {@code npx} or
   * {@code python -m}; or a build tool's test goal ({@code npm test}, {@code go test},
   * {@code mvn verify}, {@code terraform validate}, {@code helm lint}).
   */
  public static boolean runsTests(Command command) {
    List<String> words = tool(command.effective());
    if (words.isEmpty()) {
      return false;
    }
    String program = words.get(0).substring(words.get(0).lastIndexOf('/') + 1);
    String sub = words.stream().skip(1).filter(w -> !w.startsWith("-")).findFirst().orElse("");
    return TEST_TOOLS.contains(program)
        || Set.of("terraform", "tofu", "packer").contains(program) && sub.equals("validate")
        || program.equals("helm") && sub.equals("lint")
        || Set.of("npm", "yarn", "pnpm", "bun").contains(program)
            && (sub.equals("test") || sub.equals("lint"))
        || Set.of("go", "cargo", "dotnet", "mix", "make").contains(program)
            && sub.equals("test")
        || Set.of("mvn", "mvnw", "gradle", "gradlew").contains(program) && words.stream()
            .anyMatch(w -> w.equals("test") || w.equals("verify") || w.equals("check"));
  }

  /**
   * Whether the command scans code, dependencies, secrets, images or infrastructure:
   * {@code trivy}, {@code gitleaks}, {@code npm audit}, {@code docker scout}...
   */
  public static boolean scans(Command command) {
    Command e = command.effective();
    String sub = e.subcommand().map(Word::value).orElse("");
    return e.is(SCANNERS.toArray(String[]::new))
        || e.is("npm", "yarn", "pnpm", "cargo", "bundle") && sub.equals("audit")
        || e.is("docker") && sub.equals("scout");
  }

  /**
   * Whether the command builds a container image: {@code docker build}, {@code docker buildx
   * build}, {@code podman build}, {@code buildah bud}, kaniko's {@code executor},
   * {@code buildctl build}.
   */
  public static boolean buildsImage(Command command) {
    Command e = command.effective();
    List<String> operands = e.operands().stream().map(Word::value).toList();
    String first = operands.isEmpty() ? "" : operands.get(0);
    String second = operands.size() < 2 ? "" : operands.get(1);
    return e.is("docker", "podman", "buildah", "nerdctl") && (first.equals("build")
        || first.equals("bud") || Set.of("buildx", "image", "builder").contains(first)
        && second.equals("build"))
        || e.is("executor") && e.name().contains("kaniko")
        || e.is("buildctl", "buildctl-daemonless.sh") && first.equals("build");
  }

  /**
   * The command's words from the tool it runs: {@code bundle exec rspec}, {@code poetry run
   * pytest}, {@code npx jest} and {@code python -m pytest} give {@code rspec}, {@code pytest}...
   */
  private static List<String> tool(Command c) {
    List<String> words = c.words().stream().map(Word::value).toList();
    if (words.size() >= 3 && Set.of("bundle", "poetry", "pipenv", "uv", "pdm", "hatch")
        .contains(words.get(0)) && Set.of("exec", "run").contains(words.get(1))) {
      return words.subList(2, words.size());
    }
    if (words.size() >= 2 && Set.of("npx", "pnpx", "bunx").contains(words.get(0))) {
      return words.subList(1, words.size());
    }
    if (words.size() >= 3 && words.get(0).startsWith("python") && words.get(1).equals("-m")) {
      return words.subList(2, words.size());
    }
    return words;
  }
}
