package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Binary;
import dev.plumbline.core.expr.Call;
import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.model.github.EnvVar;
import dev.plumbline.core.model.github.RunScript;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.CommandList;
import dev.plumbline.core.shell.Redirection;
import dev.plumbline.core.shell.Stage;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.shell.WordPart;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.rules.common.SecretNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets a {@code run:} step writes into the build log: {@code echo}/{@code printf} of a
 * {@code ${{ secrets.* }}} expression or of an environment variable set from one, and command
 * tracing ({@code set -x}, {@code shell: bash -x {0}}) over commands that expand them. Tracing
 * of variables named like secrets and of {@code ${{ secrets }}} after {@code set -x} is
 * environment-dump's (SH006); this rule adds what only the workflow knows: which variables the
 * step's {@code env:} fills from secrets.
 */
@Rule(id = "GHA025", name = "secret-in-log", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"security", "secrets"}, securitySeverity = 5.0,
    summary = "A step prints a secret into the build log")
public final class SecretInLog implements GitHubRule {

  private static final Pattern PARAMETER_NAME = Pattern.compile("^\\$\\{?([A-Za-z_]\\w*)");
  private static final Set<String> TEXT_PASSING_FUNCTIONS = Set.of("format", "join", "tojson",
      "fromjson");
  private static final String MASKING = "GitHub masks a secret's exact value, but not a value "
      + "derived from it (encoded, split, part of JSON) and not reliably a multi-line one";

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    Optional<RunScript> run = step.run();
    if (run.isEmpty()) {
      return;
    }
    Optional<ShellKind> shell = shellKind(run.get().shell(), step);
    if (shell.isEmpty()) {
      return;
    }
    Script script = new Script(run.get().text(), shell.get(), Set.of(), Script.Origin.GITHUB_RUN,
        run.get()::spanOf);
    Map<String, String> secretEnv = secretEnv(step);
    for (Command raw : script.commands()) {
      Command c = raw.effective();
      if (c.is("echo", "printf") && printsToLog(raw)) {
        checkPrint(c, script, secretEnv, ctx);
      }
      if (c.is("set") && !c.isInSubshell()) {
        traceFlag(c).ifPresent(flag -> tracedSecret(raw, script, secretEnv).ifPresent(secret ->
            ctx.report(script.span(flag), "'set " + flag.value() + "' prints every later command "
                    + "with its variables expanded into the build log, and " + secret
                    + " is expanded after it; " + MASKING,
                "turn tracing off around commands that use secrets (set +x), or remove it")));
      }
    }
    checkTracingShell(step, script, secretEnv, ctx);
  }

  /** The shell a step's script runs in, for the shells Plumbline reads. */
  private static Optional<ShellKind> shellKind(Optional<String> shell, Step step) {
    if (shell.isEmpty()) {
      return step.job().isPresent() ? Optional.of(ShellKind.BASH) : Optional.empty();
    }
    String first = shell.get().trim().split("\\s+")[0];
    return ShellKind.ofProgram(first);
  }

  private static void checkPrint(Command c, Script script, Map<String, String> secretEnv,
      RuleContext ctx) {
    for (Word word : c.args()) {
      if (word.value().startsWith("::add-mask::")) {
        return; // registers a value for masking; the runner does not print the line
      }
      for (WordPart part : word.parts()) {
        String text = script.text().substring(part.start(), part.end());
        Optional<String> secret = Optional.empty();
        if (part.kind() == WordPart.Kind.TEMPLATE) {
          secret = secretIn(text);
        } else if (part.kind() == WordPart.Kind.PARAMETER) {
          Matcher m = PARAMETER_NAME.matcher(text);
          if (m.find() && secretEnv.containsKey(m.group(1))) {
            secret = Optional.of("$" + m.group(1) + " (set from " + secretEnv.get(m.group(1))
                + ")");
          }
        }
        if (secret.isPresent()) {
          ctx.report(script.span(part.start(), part.end()), "'" + c.program() + "' prints "
                  + secret.get() + " into the build log; " + MASKING,
              "do not print secrets; to check one is set, test it: [ -n \"$VAR\" ]");
          return; // one finding per command
        }
      }
    }
  }

  /** Whether the command's output reaches the log: not captured, piped or sent to a file. */
  private static boolean printsToLog(Command c) {
    for (Redirection r : c.redirections()) {
      if (r.redirectsStdoutToFile()
          && r.target().map(t -> !t.value().startsWith("/dev/std")).orElse(true)) {
        return false;
      }
    }
    if (c.nextInPipeline().isPresent()) {
      return false;
    }
    for (CommandList l = c.list(); l != null;
        l = l.enclosingStage().map(Stage::list).orElse(null)) {
      if (l.kind() == CommandList.Kind.SUBSTITUTION) {
        return false;
      }
      Optional<Stage> enclosing = l.enclosingStage();
      if (enclosing.isPresent() && (enclosing.get().nextInPipeline().isPresent()
          || enclosing.get().redirections().stream().anyMatch(Redirection::redirectsStdoutToFile))) {
        return false; // inside a group or loop whose output is piped or redirected
      }
    }
    return true;
  }

  /** The option word of {@code set -x}, {@code set -ex} or {@code set -o xtrace}. */
  private static Optional<Word> traceFlag(Command c) {
    List<Word> args = c.args();
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (v.equals("-o") && i + 1 < args.size() && args.get(i + 1).value().equals("xtrace")) {
        return Optional.of(args.get(i));
      }
      if (v.matches("-[a-zA-Z]*x[a-zA-Z]*")) {
        return Optional.of(args.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The first variable filled from a secret that a command after {@code set} expands before
   * tracing is turned off again; only variables SH006 does not judge by their name.
   */
  private static Optional<String> tracedSecret(Command set, Script script,
      Map<String, String> secretEnv) {
    for (Command c : script.commands()) {
      if (c.start() <= set.start()) {
        continue;
      }
      if (c.is("set") && !c.isInSubshell() && c.args().stream()
          .anyMatch(w -> w.value().matches("\\+[a-zA-Z]*x[a-zA-Z]*") || w.value().equals("+o"))) {
        return Optional.empty();
      }
      Optional<String> used = expandedSecret(c, script, secretEnv);
      if (used.isPresent()) {
        return used;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> expandedSecret(Command c, Script script,
      Map<String, String> secretEnv) {
    List<Word> words = new ArrayList<>(c.words());
    c.assignments().forEach(a -> words.add(a.value()));
    for (Word w : words) {
      for (WordPart part : w.parts()) {
        if (part.kind() != WordPart.Kind.PARAMETER) {
          continue;
        }
        Matcher m = PARAMETER_NAME.matcher(script.text().substring(part.start(), part.end()));
        if (m.find() && secretEnv.containsKey(m.group(1)) && !SecretNames.looksSecret(m.group(1))) {
          return Optional.of("$" + m.group(1) + " (set from " + secretEnv.get(m.group(1)) + ")");
        }
      }
    }
    return Optional.empty();
  }

  /** {@code shell: bash -x {0}} on a step whose script uses a secret. */
  private static void checkTracingShell(Step step, Script script, Map<String, String> secretEnv,
      RuleContext ctx) {
    Optional<YamlScalar> shell = step.node().scalar("shell");
    if (shell.isEmpty()) {
      return;
    }
    String[] words = shell.get().value().trim().split("\\s+");
    boolean traces = false;
    for (int i = 1; i < words.length; i++) {
      traces |= words[i].matches("-[a-zA-Z]*x[a-zA-Z]*")
          || words[i].equals("-o") && i + 1 < words.length && words[i + 1].equals("xtrace");
    }
    if (!traces) {
      return;
    }
    Optional<String> secret = Optional.empty();
    for (Command c : script.commands()) {
      secret = expandedAnySecret(c, script, secretEnv);
      if (secret.isPresent()) {
        break;
      }
    }
    secret.ifPresent(s -> ctx.report(shell.get().span(), "'shell: " + shell.get().value().trim()
            + "' traces every command with its variables expanded into the build log, and the "
            + "script expands " + s + "; " + MASKING,
        "drop -x from the shell, or trace only commands that use no secrets"));
  }

  private static Optional<String> expandedAnySecret(Command c, Script script,
      Map<String, String> secretEnv) {
    List<Word> words = new ArrayList<>(c.words());
    c.assignments().forEach(a -> words.add(a.value()));
    for (Word w : words) {
      for (WordPart part : w.parts()) {
        String text = script.text().substring(part.start(), part.end());
        if (part.kind() == WordPart.Kind.TEMPLATE) {
          Optional<String> secret = secretIn(text);
          if (secret.isPresent()) {
            return secret;
          }
        } else if (part.kind() == WordPart.Kind.PARAMETER) {
          Matcher m = PARAMETER_NAME.matcher(text);
          if (m.find() && secretEnv.containsKey(m.group(1))) {
            return Optional.of("$" + m.group(1) + " (set from " + secretEnv.get(m.group(1)) + ")");
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The environment variables of the step, its job and its workflow (nearest first) whose
   * value carries a secret, with the expression that sets them.
   */
  private static Map<String, String> secretEnv(Step step) {
    List<EnvVar> vars = new ArrayList<>(step.env());
    step.job().ifPresent(job -> {
      vars.addAll(job.env());
      vars.addAll(job.workflow().env());
    });
    Map<String, String> secrets = new LinkedHashMap<>();
    for (EnvVar v : vars) {
      if (secrets.containsKey(v.name()) || !(v.entry().value() instanceof YamlScalar s)) {
        continue;
      }
      Optional<String> secret = Templates.containsExpression(s.value())
          ? secretIn(s.value()) : Optional.empty();
      if (secret.isPresent()) {
        secrets.put(v.name(), secret.get());
      } else {
        secrets.put(v.name(), null); // a nearer non-secret value shadows a farther one
      }
    }
    secrets.values().removeIf(Objects::isNull);
    return secrets;
  }

  /** The first secret whose text a {@code ${{ }}} in {@code text} can carry, described. */
  static Optional<String> secretIn(String text) {
    for (TemplateExpression t : Templates.find(text)) {
      if (t.expr().isEmpty()) {
        continue;
      }
      Optional<Expr> secret = secretReached(t.expr().get());
      if (secret.isPresent()) {
        String written = text.substring(secret.get().start(), secret.get().end());
        return Optional.of(secret.get().contextPath().orElseThrow().size() == 1
            ? "every secret ('" + t.inner().strip() + "')" : "'" + written + "'");
      }
    }
    return Optional.empty();
  }

  /** The path of a secret the expression's value can carry: comparisons yield booleans. */
  private static Optional<Expr> secretReached(Expr expr) {
    Optional<List<String>> path = expr.contextPath();
    if (path.isPresent()) {
      List<String> p = path.get();
      boolean secret = p.get(0).equals("secrets")
          || p.size() == 2 && p.get(0).equals("github") && p.get(1).equals("token");
      return secret ? Optional.of(expr) : Optional.empty();
    }
    List<Expr> carried = new ArrayList<>();
    if (expr instanceof Binary b && (b.op() == Binary.Operator.OR
        || b.op() == Binary.Operator.AND)) {
      carried.add(b.left());
      carried.add(b.right());
    } else if (expr instanceof Call c
        && TEXT_PASSING_FUNCTIONS.contains(c.name().toLowerCase(Locale.ROOT))) {
      carried.addAll(c.arguments());
    }
    for (Expr e : carried) {
      Optional<Expr> found = secretReached(e);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
