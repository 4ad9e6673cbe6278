package dev.plumbline.rules.script;

import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a command tests, lints, builds or scans something — a command whose failure must
 * fail the job — seen through runners such as {@code npx}, {@code poetry run} and
 * {@code python -m}.
 */
final class Verification {

  /** Tools whose only job is to check something. */
  private static final Set<String> CHECKERS = Set.of("pytest", "py.test", "tox", "nox", "jest",
      "mocha", "vitest", "karma", "ava", "tap", "rspec", "cucumber", "phpunit", "pest", "eslint",
      "tslint", "stylelint", "flake8", "pylint", "mypy", "pyright", "ruff", "bandit", "safety",
      "pip-audit", "pyflakes", "pycodestyle", "pydocstyle", "shellcheck", "hadolint",
      "actionlint", "yamllint", "markdownlint", "markdownlint-cli2", "tflint", "tfsec",
      "checkov", "trivy", "grype", "snyk", "semgrep", "gosec", "golangci-lint", "staticcheck",
      "govulncheck", "revive", "rubocop", "brakeman", "bundle-audit", "cppcheck", "clang-tidy",
      "ctest", "bats", "tsc", "phpstan", "psalm", "phpcs", "ktlint", "detekt", "swiftlint",
      "sonar-scanner", "codespell", "commitlint", "kubeval", "kubeconform", "conftest",
      "cargo-audit", "cargo-deny", "nextest", "gitleaks", "trufflehog", "osv-scanner",
      "dependency-check", "spotbugs", "checkstyle", "pmd", "luacheck", "credo", "dialyzer",
      "vale", "lychee", "htmlhint", "jshint", "standard", "xo", "biome", "oxlint", "zizmor",
      "plumbline", "cfn-lint", "kube-linter", "polaris", "ansible-lint", "sqlfluff",
      "dotenv-linter",
      "editorconfig-checker", "ls-lint", "stylua", "selene", "gofmt", "goimports");
  /** Tools that check only when told to ({@code --check}). */
  private static final Set<String> CHECK_FLAG_TOOLS = Set.of("black", "isort", "prettier",
      "rustfmt", "clang-format", "shfmt", "yapf", "autopep8", "terraform-docs", "dprint");
  private static final Pattern SCRIPT_NAME = Pattern.compile(
      "(?i).*(test|lint|check|build|verify|audit|e2e|spec|coverage|typecheck|tsc|validate|ci)"
          + ".*");
  private static final Pattern MAKE_TARGET = Pattern.compile(
      "(?i).*(test|check|lint|build|verify|all|ci|vet|audit|scan).*");
  private static final Pattern BUILD_TASK = Pattern.compile(
      "(?i)(.*:)?(test\\w*|check\\w*|build|verify|package|install|compile|assemble\\w*|"
          + "lint\\w*|integrationtest|connectedcheck|.*:check)");
  private static final Set<String> PYTHON_MODULES = Set.of("pytest", "unittest", "flake8", "mypy",
      "pylint", "tox", "nox", "bandit", "ruff", "pyright", "pip_audit", "safety", "coverage",
      "black", "isort", "compileall", "build");

  private Verification() {}

  /** A short name of what the command checks ("npm test", "pytest"); empty if it checks nothing. */
  static Optional<String> of(Command raw) {
    Command c = raw.effective();
    String program = c.program();
    List<Word> operands = c.operands();
    String first = operands.isEmpty() ? "" : operands.get(0).value();
    switch (program) {
      case "npx", "bunx", "pnpx" -> {
        return tool(first).map(t -> program + " " + t);
      }
      case "poetry", "uv", "pipenv", "pdm", "hatch", "rye" -> {
        if (first.equals("run") && operands.size() > 1) {
          return tool(operands.get(1).value()).map(t -> program + " run " + t);
        }
        return Optional.empty();
      }
      case "bundle" -> {
        if (first.equals("exec") && operands.size() > 1) {
          String tool = operands.get(1).value();
          return tool(tool).or(() -> tool.equals("rake") && operands.size() > 2
              && MAKE_TARGET.matcher(operands.get(2).value()).matches()
              ? Optional.of("rake " + operands.get(2).value()) : Optional.empty())
              .map(t -> "bundle exec " + t);
        }
        return Optional.empty();
      }
      case "npm", "yarn", "pnpm", "bun" -> {
        if (first.equals("test") || first.equals("t") || first.equals("tst")
            || first.equals("audit") || first.equals("lint")) {
          return Optional.of(program + " " + first);
        }
        if ((first.equals("run") || first.equals("run-script")) && operands.size() > 1) {
          String name = operands.get(1).value();
          return SCRIPT_NAME.matcher(name).matches() ? Optional.of(program + " run " + name)
              : Optional.empty();
        }
        boolean scriptShorthand = !program.equals("npm") && !first.isEmpty()
            && !Set.of("install", "add", "remove", "upgrade", "global", "dlx", "exec", "init",
                "create", "publish", "config", "set", "cache", "why", "link", "ci")
                .contains(first);
        return scriptShorthand && SCRIPT_NAME.matcher(first).matches()
            ? Optional.of(program + " " + first) : Optional.empty();
      }
      case "go" -> {
        return Set.of("test", "vet", "build").contains(first) ? Optional.of("go " + first)
            : Optional.empty();
      }
      case "cargo" -> {
        if (Set.of("test", "build", "check", "clippy", "audit", "deny", "nextest").contains(first)
            || first.equals("fmt") && c.hasFlag("--check")) {
          return Optional.of("cargo " + first);
        }
        return Optional.empty();
      }
      case "make", "gmake" -> {
        if (operands.stream().noneMatch(w -> !w.value().contains("="))) {
          return Optional.of(program);
        }
        return operands.stream().map(Word::value).filter(t -> !t.contains("="))
            .filter(t -> MAKE_TARGET.matcher(t).matches()).findFirst().map(t -> program + " " + t);
      }
      case "mvn", "mvnw", "gradle", "gradlew" -> {
        return operands.stream().map(Word::value).filter(t -> BUILD_TASK.matcher(t).matches())
            .findFirst().map(t -> program + " " + t);
      }
      case "dotnet", "swift", "bazel", "bazelisk", "flutter", "dart", "deno" -> {
        return Set.of("test", "build", "analyze", "lint", "check", "vet").contains(first)
            ? Optional.of(program + " " + first) : Optional.empty();
      }
      case "terraform", "tofu" -> {
        return first.equals("validate") || first.equals("fmt") && c.hasFlag("-check")
            ? Optional.of(program + " " + first) : Optional.empty();
      }
      case "helm" -> {
        return first.equals("lint") ? Optional.of("helm lint") : Optional.empty();
      }
      case "pre-commit" -> {
        return first.equals("run") ? Optional.of("pre-commit run") : Optional.empty();
      }
      case "rake" -> {
        return MAKE_TARGET.matcher(first).matches() || first.equals("spec")
            ? Optional.of("rake " + first) : Optional.empty();
      }
      case "composer" -> {
        return SCRIPT_NAME.matcher(first).matches() ? Optional.of("composer " + first)
            : Optional.empty();
      }
      default -> {
        if (program.matches("python[0-9.]*") && c.hasFlag("-m")) {
          return c.flagValues("-m").stream().map(Word::value).filter(PYTHON_MODULES::contains)
              .findFirst().map(m -> program + " -m " + m);
        }
        if (CHECK_FLAG_TOOLS.contains(program)) {
          return c.hasFlag("--check", "-c", "--check-only", "--diff", "-l", "--list-different")
              ? Optional.of(program + " --check") : Optional.empty();
        }
        return tool(program);
      }
    }
  }

  private static Optional<String> tool(String name) {
    String program = name.substring(name.lastIndexOf('/') + 1);
    return CHECKERS.contains(program) ? Optional.of(program) : Optional.empty();
  }
}
