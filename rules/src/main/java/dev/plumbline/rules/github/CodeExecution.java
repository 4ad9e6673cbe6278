package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.RunScript;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a step runs code from the workspace: a local action, an action that builds what is
 * checked out, or a command that runs the project's build, tests, install scripts or its own
 * scripts.
 */
final class CodeExecution {

  /**
   * Programs that run code of the project they work in whatever their arguments: build tools
   * (build files are code), package managers (install scripts), test runners and interpreters.
   */
  private static final Set<String> RUNNERS = Set.of("make", "cmake", "mvn", "mvnw", "gradle",
      "gradlew", "ant", "sbt", "bazel", "npm", "npx", "yarn", "pnpm", "bun", "deno", "node",
      "cargo", "go", "pip", "pip3", "pipenv", "poetry", "uv", "tox", "nox", "pytest", "python",
      "python3", "bundle", "rake", "ruby", "composer", "php", "perl", "dotnet", "msbuild",
      "pre-commit", "docker-compose", "swift", "mix", "rebar3", "stack", "cabal", "flutter",
      "dart", "lerna", "nx", "turbo", "invoke", "just", "task", "meson", "ninja", "tilt",
      "earthly", "source", ".");

  /** Skaffold subcommands that build the workspace's images. */
  private static final Set<String> SKAFFOLD_BUILDS = Set.of("run", "build", "dev", "debug",
      "deploy", "test");

  /** Docker subcommands that run instructions of the workspace's Dockerfiles. */
  private static final Set<String> DOCKER_BUILDS = Set.of("build", "buildx", "compose");

  /** Subcommands that only report on the tool or fetch nothing from the project. */
  private static final Set<String> HARMLESS_ARGS = Set.of("--version", "-v", "-V", "version",
      "--help", "help");

  /** Actions that build or run what is in the workspace, by slug[/path], with why. */
  private static final Map<String, String> BUILDING_ACTIONS = Map.of(
      "github/codeql-action/autobuild", "builds the project",
      "pre-commit/action", "runs the project's pre-commit hooks",
      "docker/build-push-action", "builds the Dockerfile, running its RUN instructions",
      "gradle/gradle-build-action", "runs the Gradle build",
      "cypress-io/github-action", "installs and runs the project",
      "goreleaser/goreleaser-action", "builds the project",
      "bahmutov/npm-install", "runs npm install scripts");

  private CodeExecution() {}

  /** How the step runs workspace code, for messages; empty if it does not. */
  static Optional<String> describe(Step step) {
    Optional<ActionRef> uses = step.uses();
    if (uses.isPresent()) {
      ActionRef ref = uses.get();
      if (ref.kind() == ActionRef.Kind.LOCAL && ref.raw().startsWith(".")) {
        return Optional.of("the local action " + ref.raw());
      }
      String name = ref.path().isEmpty() ? ref.slug() : ref.slug() + "/" + ref.path();
      return Optional.ofNullable(BUILDING_ACTIONS.get(name));
    }
    return step.run().flatMap(CodeExecution::command).map(c -> "'" + c.text().strip() + "'");
  }

  private static Optional<Command> command(RunScript run) {
    Script script = new Script(run.text(), ShellKind.BASH, Set.of(), Script.Origin.GITHUB_RUN,
        run::spanOf);
    for (Command command : script.commands()) {
      if (runsProjectCode(command)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }

  private static boolean runsProjectCode(Command command) {
    Optional<Word> name = command.nameWord();
    if (name.isEmpty() || !name.get().isLiteral()) {
      return false;
    }
    String path = command.name();
    if (path.startsWith("./") || (path.contains("/") && !path.startsWith("/"))) {
      return true; // a script or binary from the workspace
    }
    String program = command.program();
    if (program.equals("bash") || program.equals("sh") || program.equals("zsh")) {
      return command.arg(0).filter(a -> !a.value().startsWith("-")).isPresent();
    }
    if (program.equals("skaffold")) {
      return command.arg(0).filter(a -> SKAFFOLD_BUILDS.contains(a.value())).isPresent();
    }
    if (program.equals("docker") || program.equals("podman")) {
      return command.arg(0).filter(a -> DOCKER_BUILDS.contains(a.value())).isPresent();
    }
    if (!RUNNERS.contains(program)) {
      return false;
    }
    return command.arg(0).map(a -> !HARMLESS_ARGS.contains(a.value())).orElse(true);
  }
}
