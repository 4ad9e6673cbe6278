package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code actions/setup-node}, {@code setup-python} or {@code setup-java} without a
 * {@code cache:} input (or {@code actions/setup-go} before v4, which did not cache by default)
 * in a job that then installs the project's dependencies with that language's package manager,
 * while no other step of the job caches ({@code actions/cache}, Gradle's setup action...).
 * Reported at the setup action, where the input goes. {@code actions/setup-node} from v5 on
 * caches npm by itself when {@code package.json} names it as package manager, which a workflow
 * does not show: it is left alone.
 */
@Rule(id = "GHA022", name = "github-missing-dependency-cache",
    platform = Platform.GITHUB_ACTIONS, severity = Severity.NOTE, tags = {"performance", "cost"},
    summary = "Setup action without a dependency cache in a job that installs dependencies")
public final class GithubMissingDependencyCache implements GitHubRule {

  private static final Pattern MAJOR = Pattern.compile("^v(\\d+)");

  /** Actions that cache dependencies themselves. */
  private static final Set<String> CACHING_ACTIONS = Set.of("actions/cache",
      "gradle/actions", "gradle/gradle-build-action", "swatinem/rust-cache",
      "bahmutov/npm-install", "ruby/setup-ruby", "astral-sh/setup-uv");

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    List<Step> steps = job.steps();
    if (steps.stream().anyMatch(s -> s.uses().map(u -> CACHING_ACTIONS.contains(u.slug()))
        .orElse(false))) {
      return;
    }
    for (Step setup : steps) {
      Optional<ActionRef> uses = setup.uses();
      if (uses.isEmpty() || !uses.get().slug().startsWith("actions/setup-")
          || setup.withInput("cache").isPresent()) {
        continue;
      }
      String language = uses.get().slug().substring("actions/setup-".length());
      if (!caches(language, uses.get())) {
        continue;
      }
      for (Step later : steps.subList(steps.indexOf(setup) + 1, steps.size())) {
        for (Command command : JobRoles.commands(later)) {
          Optional<String> install = install(language, command.effective());
          if (install.isPresent()) {
            ctx.report(uses.get().span(), uses.get().name() + " has no 'cache:' input while "
                + "the job runs '" + install.get() + "': every run downloads the dependencies "
                + "again", "add 'cache: " + cacheValue(language, install.get()) + "' to its "
                + "'with:'");
            return;
          }
        }
      }
    }
  }

  /** Whether the setup action would cache with a {@code cache:} input, and does not without. */
  private static boolean caches(String language, ActionRef ref) {
    switch (language) {
      case "node" -> {
        return major(ref).map(m -> m < 5).orElse(true);
      }
      case "python", "java" -> {
        return true;
      }
      case "go" -> {
        return major(ref).map(m -> m < 4).orElse(false);
      }
      default -> {
        return false;
      }
    }
  }

  private static Optional<Integer> major(ActionRef ref) {
    Matcher m = MAJOR.matcher(ref.ref().orElse(""));
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** The install command of the language's package managers, as the message shows it. */
  private static Optional<String> install(String language, Command c) {
    String sub = c.subcommand().map(Word::value).orElse("");
    boolean projectInstall = !c.hasFlag("-g", "--global") && c.operands().size() == 1;
    switch (language) {
      case "node" -> {
        if (c.is("npm") && (sub.equals("ci") || (sub.equals("install") || sub.equals("i"))
            && projectInstall)
            || c.is("yarn") && (sub.isEmpty() || sub.equals("install"))
            || c.is("pnpm") && (sub.equals("install") || sub.equals("i")) && projectInstall) {
          return Optional.of(sub.isEmpty() ? c.program() : c.program() + " " + sub);
        }
      }
      case "python" -> {
        boolean pip = c.is("pip", "pip3") || c.program().startsWith("python")
            && c.arg(0).map(Word::value).orElse("").equals("-m")
            && c.arg(1).map(Word::value).orElse("").matches("pip3?");
        if (pip && c.args().stream().anyMatch(w -> w.value().equals("install"))
            && c.args().stream().map(Word::value).anyMatch(v -> v.startsWith("-r")
                || v.startsWith("--requirement") || v.equals(".") || v.startsWith(".[")
                || v.startsWith("./"))) {
          return Optional.of("pip install");
        }
        if (c.is("poetry", "pipenv") && sub.equals("install")) {
          return Optional.of(c.program() + " install");
        }
      }
      case "java" -> {
        if (c.is("mvn", "mvnw", "gradle", "gradlew") && !c.args().isEmpty()
            && c.args().stream().noneMatch(w -> w.value().equals("--version")
                || w.value().equals("-v"))) {
          return Optional.of(c.program());
        }
      }
      case "go" -> {
        if (c.is("go") && Set.of("build", "test", "mod", "vet", "install").contains(sub)) {
          return Optional.of("go " + sub);
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String cacheValue(String language, String install) {
    return switch (language) {
      case "node" -> install.startsWith("yarn") ? "yarn" : install.startsWith("pnpm") ? "pnpm"
          : "npm";
      case "python" -> install.startsWith("poetry") ? "poetry"
          : install.startsWith("pipenv") ? "pipenv" : "pip";
      case "java" -> install.startsWith("gradle") ? "gradle" : "maven";
      default -> "true";
    };
  }
}
