package dev.plumbline.core.engine.github;

import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.RunScript;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.model.script.ShellOption;
import dev.plumbline.core.model.script.ShellOptions;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell script of a {@code run:} step, as the runner runs it: with the shell the step,
 * job or workflow names (GitHub's built-in {@code bash} is {@code bash --noprofile --norc -eo
 * pipefail {0}}, {@code sh} is {@code sh -e {0}}, and an unset shell on Linux and macOS is
 * {@code bash -e {0}}), or none for PowerShell, Python, cmd and other interpreters, and for steps
 * that run on Windows without a shell (PowerShell is the default there).
 */
public final class GitHubScripts {

  /** {@code ${{ matrix.NAME }}}: a runner label that comes from the build matrix. */
  private static final Pattern MATRIX_LABEL =
      Pattern.compile("^\\$\\{\\{\\s*matrix\\.([A-Za-z0-9_-]+)\\s*}}$");

  private GitHubScripts() {}

  /** The shell that runs a script and the options it starts with. */
  record Shell(ShellKind kind, Set<ShellOption> options) {}

  /** The script of one step, on its own. */
  static Optional<Script> of(Step step) {
    return of(step, List.of());
  }

  /**
   * The scripts of a job's or composite action's steps, by step: each knows the scripts of the
   * steps after it. Public for the benchmarks, which parse every script a lint extracts.
   */
  public static List<Optional<Script>> of(List<Step> steps) {
    List<Optional<Script>> scripts = new ArrayList<>();
    List<Script> later = new ArrayList<>();
    for (int i = steps.size() - 1; i >= 0; i--) {
      Optional<Script> script = of(steps.get(i), later);
      scripts.add(0, script);
      script.ifPresent(s -> later.add(0, s));
    }
    return scripts;
  }

  private static Optional<Script> of(Step step, List<Script> later) {
    Optional<RunScript> run = step.run();
    if (run.isEmpty()) {
      return Optional.empty();
    }
    RunScript script = run.get();
    boolean inContainer = step.job().flatMap(Job::container).filter(c -> !c.isNull()).isPresent();
    return shell(script.shell(), step).map(shell -> new Script(script.text(), shell.kind(),
        shell.options(), Script.Origin.GITHUB_RUN, script::spanOf, inContainer, later));
  }

  static Optional<Shell> shell(Optional<String> configured, Step step) {
    if (configured.isEmpty()) {
      // a composite action's step must name its shell; a job's step gets the runner's default
      if (step.job().isEmpty() || step.job().map(GitHubScripts::mayRunOnWindows).orElse(false)) {
        return Optional.empty();
      }
      return Optional.of(new Shell(ShellKind.BASH, EnumSet.of(ShellOption.ERREXIT)));
    }
    return named(configured.get().trim());
  }

  /** A {@code shell:} value: a built-in keyword or a {@code command [options] {0}} template. */
  static Optional<Shell> named(String shell) {
    switch (shell.toLowerCase(Locale.ROOT)) {
      case "bash" -> {
        return Optional.of(new Shell(ShellKind.BASH,
            EnumSet.of(ShellOption.ERREXIT, ShellOption.PIPEFAIL)));
      }
      case "sh" -> {
        return Optional.of(new Shell(ShellKind.POSIX, EnumSet.of(ShellOption.ERREXIT)));
      }
      default -> {
        // a custom template; one naming no known shell (pwsh, python, ${{ }}) has no script
        if (shell.contains("${{")) {
          return Optional.empty();
        }
        List<String> words = new ArrayList<>(Arrays.asList(shell.split("\\s+")));
        if (words.size() > 1 && words.get(0).matches("(.*/)?env")) {
          words.remove(0);
        }
        Optional<ShellKind> kind = ShellKind.ofProgram(words.get(0));
        return kind.map(k -> new Shell(k, ShellOptions.of(words.subList(1, words.size()))));
      }
    }
  }

  /** Whether a runner label of the job, or of its build matrix, names Windows. */
  private static boolean mayRunOnWindows(Job job) {
    Optional<YamlNode> runsOn = job.runsOn();
    if (runsOn.isEmpty()) {
      return false;
    }
    for (String label : labels(runsOn.get())) {
      Matcher matrix = MATRIX_LABEL.matcher(label.trim());
      List<String> values = matrix.matches() ? matrixValues(job, matrix.group(1)) : List.of(label);
      for (String value : values) {
        if (value.trim().toLowerCase(Locale.ROOT).startsWith("windows")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The labels of {@code runs-on}: a string, a list, or a mapping with {@code labels}. */
  private static List<String> labels(YamlNode runsOn) {
    List<String> labels = new ArrayList<>();
    if (runsOn instanceof YamlMapping m) {
      m.get("labels").ifPresent(l -> labels.addAll(labels(l)));
    } else if (runsOn instanceof YamlSequence seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlScalar s) {
          labels.add(s.value());
        }
      }
    } else if (runsOn instanceof YamlScalar s) {
      labels.add(s.value());
    }
    return labels;
  }

  /** The values a matrix variable takes: its list and the {@code include} entries setting it. */
  private static List<String> matrixValues(Job job, String name) {
    List<String> values = new ArrayList<>();
    Optional<YamlMapping> matrix = job.node().mapping("strategy").flatMap(s -> s.mapping("matrix"));
    matrix.flatMap(m -> m.get(name)).ifPresent(v -> values.addAll(labels(v)));
    matrix.flatMap(m -> m.sequence("include")).ifPresent(include -> {
      for (YamlNode item : include.items()) {
        if (item instanceof YamlMapping entry) {
          entry.get(name).ifPresent(v -> values.addAll(labels(v)));
        }
      }
    });
    return values;
  }
}
