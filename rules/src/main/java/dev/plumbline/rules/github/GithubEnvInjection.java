package dev.plumbline.rules.github;

import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.model.github.EnvVar;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.RunScript;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Trigger;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Assignment;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Redirection;
import dev.plumbline.core.shell.Stage;
import dev.plumbline.core.shell.Substitution;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.shell.WordPart;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In a privileged workflow, a {@code run:} step writes attacker-chosen text to the files named by
 * {@code $GITHUB_ENV} or {@code $GITHUB_PATH}: an environment variable set from an untrusted
 * context or, after an artifact was downloaded, text read from a file. An untrusted
 * {@code ${{ }}} written there directly is script-injection's (GHA004): it is pasted into the
 * script itself, and its fix, an environment variable, then meets this rule.
 * A newline in that text adds variables of the attacker's choosing ({@code LD_PRELOAD},
 * {@code NODE_OPTIONS}, {@code BASH_ENV}) or directories to every later step.
 */
@Rule(id = "GHA009", name = "github-env-injection", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.ERROR, tags = {"security", "injection"}, securitySeverity = 9.0,
    summary = "Untrusted text is written to $GITHUB_ENV or $GITHUB_PATH in a privileged workflow")
public final class GithubEnvInjection implements GitHubRule {

  private static final Pattern PARAMETER = Pattern.compile("^\\$\\{?#?([A-Za-z_][A-Za-z0-9_]*)");

  /** Actions that download artifacts of another run. */
  private static final Set<String> ARTIFACT_DOWNLOADS = Set.of("actions/download-artifact",
      "dawidd6/action-download-artifact");

  /** Programs that print a file's content. */
  private static final Set<String> FILE_READERS = Set.of("cat", "head", "tail", "jq", "yq",
      "sed", "awk", "cut");

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    List<Trigger> privileged = job.workflow().triggerAnalysis().privileged();
    if (privileged.isEmpty()) {
      return;
    }
    String events = String.join(", ", privileged.stream().map(Trigger::event).toList());
    boolean downloaded = false;
    for (Step step : job.steps()) {
      Optional<RunScript> run = step.run();
      if (run.isPresent()) {
        check(step, run.get(), downloaded, events, ctx);
        downloaded |= run.get().text().contains("gh run download");
      }
      downloaded |= step.uses().filter(u -> ARTIFACT_DOWNLOADS.contains(u.slug())).isPresent();
    }
  }

  private void check(Step step, RunScript run, boolean downloaded, String events,
      RuleContext ctx) {
    Script script = new Script(run.text(), ShellKind.BASH, Set.of(), Script.Origin.GITHUB_RUN,
        run::spanOf);
    Map<String, String> untrustedEnv = untrustedEnv(step);
    Set<String> fromFiles = new HashSet<>();
    for (Command command : script.commands()) {
      if (downloaded && command.words().isEmpty()) {
        for (Assignment a : command.assignments()) {
          if (substitutesFileContent(a.value())) {
            fromFiles.add(a.name()); // PR=$(cat pr/number)
          }
        }
      }
      Optional<String> file = target(command);
      if (file.isEmpty()) {
        continue;
      }
      String where = file.get() + " in a workflow run for " + events;
      for (Command writer : writers(command)) {
        if (reportVariables(script, writer, untrustedEnv, where, ctx)) {
          continue;
        }
        if (downloaded && (readsFile(writer) || usesAny(script, writer, fromFiles))) {
          ctx.report(script.span(writer), "this writes text read from a file to " + where
                  + ", after an artifact was downloaded: the artifact's content is chosen by "
                  + "whoever triggered the run it came from",
              "validate the value first (for example that it is a number: [[ \"$PR\" =~ "
                  + "^[0-9]+$ ]]) or keep it in a step output instead of " + file.get());
        }
      }
    }
  }

  /** Which of the two files a command appends to, by redirection or {@code tee}. */
  private static Optional<String> target(Command command) {
    for (Redirection r : command.redirections()) {
      if (r.isOutput()) {
        Optional<String> file = r.target().flatMap(w -> named(w.value()));
        if (file.isPresent()) {
          return file;
        }
      }
    }
    if (command.is("tee")) {
      for (Word arg : command.args()) {
        Optional<String> file = named(arg.value());
        if (file.isPresent()) {
          return file;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> named(String value) {
    if (value.contains("GITHUB_ENV")) {
      return Optional.of("$GITHUB_ENV");
    }
    return value.contains("GITHUB_PATH") ? Optional.of("$GITHUB_PATH") : Optional.empty();
  }

  /** The commands whose output is written: the command, and for {@code tee} those piped in. */
  private static List<Command> writers(Command command) {
    if (!command.is("tee")) {
      return List.of(command);
    }
    List<Command> writers = new ArrayList<>();
    for (Stage stage : command.pipeline().stages()) {
      if (stage == command) {
        break;
      }
      if (stage instanceof Command c) {
        writers.add(c);
      }
    }
    return writers;
  }

  private static boolean reportVariables(Script script, Command writer,
      Map<String, String> untrustedEnv, String where, RuleContext ctx) {
    boolean found = false;
    for (Word word : writer.words()) {
      for (WordPart part : word.parts()) {
        if (part.kind() != WordPart.Kind.PARAMETER) {
          continue;
        }
        Matcher m = PARAMETER.matcher(script.text().substring(part.start(), part.end()));
        if (m.find() && untrustedEnv.containsKey(m.group(1))) {
          String name = m.group(1);
          ctx.report(script.span(part), "$" + name + " holds '" + untrustedEnv.get(name)
                  + "', chosen by whoever triggers the workflow, and is written to " + where
                  + ": a line break in it sets any variable it likes for every later step",
              "give the value to the steps that need it in their own env: instead of "
                  + where.substring(0, where.indexOf(' ')));
          found = true;
        }
      }
    }
    return found;
  }

  /** Whether a command prints a file: a reader, an input redirection, or one substituted. */
  private static boolean readsFile(Command writer) {
    if (FILE_READERS.contains(writer.program())
        && writer.args().stream().anyMatch(a -> !a.value().startsWith("-"))) {
      return true; // with an operand: a heredoc or a pipe alone is not a file
    }
    for (Redirection r : writer.redirections()) {
      if (r.operator().equals("<")) {
        return true;
      }
    }
    return writer.words().stream().anyMatch(GithubEnvInjection::substitutesFileContent);
  }

  private static boolean substitutesFileContent(Word word) {
    for (Substitution s : word.substitutions()) {
      for (Command inner : s.body().commands()) {
        if (readsFile(inner)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a command's words expand one of the shell variables. */
  private static boolean usesAny(Script script, Command writer, Set<String> variables) {
    for (Word word : writer.words()) {
      for (WordPart part : word.parts()) {
        if (part.kind() == WordPart.Kind.PARAMETER) {
          Matcher m = PARAMETER.matcher(script.text().substring(part.start(), part.end()));
          if (m.find() && variables.contains(m.group(1))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Environment variables of the step, job and workflow set from untrusted contexts. */
  private static Map<String, String> untrustedEnv(Step step) {
    Map<String, String> untrusted = new LinkedHashMap<>();
    List<List<EnvVar>> scopes = new ArrayList<>();
    step.job().ifPresent(job -> {
      scopes.add(job.workflow().env());
      scopes.add(job.env());
    });
    scopes.add(step.env());
    for (List<EnvVar> scope : scopes) {
      for (EnvVar var : scope) {
        untrusted.remove(var.name()); // an inner scope overrides
        if (var.entry().value() instanceof YamlScalar s) {
          for (TemplateExpression t : Templates.find(s.value())) {
            t.expr().flatMap(e -> UntrustedContexts.reachingValue(e).stream().findFirst())
                .ifPresent(use -> untrusted.putIfAbsent(var.name(), use.path()));
          }
        }
      }
    }
    return untrusted;
  }
}
