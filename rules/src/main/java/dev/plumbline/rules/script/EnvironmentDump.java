package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Redirection;
import dev.plumbline.core.shell.Stage;
import dev.plumbline.core.shell.Word;
import java.util.List;
import java.util.Optional;

@Rule(id = "SH006", name = "environment-dump", platform = Platform.SCRIPT,
    severity = Severity.WARNING, tags = {"security", "secrets"}, securitySeverity = 5.0,
    summary = "A CI script prints all environment variables or traces its commands into the log")
public final class EnvironmentDump implements ScriptRule {

  private static final String HINT_DUMP = "print only the variables you need, by name";
  private static final String HINT_TRACE = "remove it, or turn tracing on only around commands "
      + "that handle no secrets (set -x ... set +x)";

  @Override
  public void visitScript(Script script, RuleContext ctx) {
    if (!script.origin().isCi()) {
      return;
    }
    for (Command raw : script.commands()) {
      Command c = raw.effective();
      Optional<Word> name = c.nameWord();
      if (name.isEmpty()) {
        continue;
      }
      if (dumps(c) && !toFileOrFilter(raw)) {
        ctx.report(script.span(name.get()), "'" + c.text().strip().replaceAll("\\s+", " ")
                + "' prints every environment variable into the build log, where secrets "
                + "that are not registered for masking, and values derived from them, are shown "
                + "in clear",
            HINT_DUMP);
      }
      trace(c).ifPresent(flag -> ctx.report(script.span(flag), "'" + c.program() + " "
              + flag.value() + (flag.value().contains("x") ? "" : " xtrace") + "' prints every "
              + "command with its variables expanded into the build log, secrets included",
          HINT_TRACE));
    }
  }

  private static boolean dumps(Command c) {
    List<Word> args = c.args();
    if (c.is("env", "printenv")) {
      return c.operands().isEmpty();
    }
    if (c.is("set")) {
      return args.isEmpty();
    }
    if (c.is("export")) {
      return args.isEmpty() || args.stream().allMatch(w -> w.value().equals("-p"));
    }
    if (c.is("declare", "typeset")) {
      return !args.isEmpty() && args.stream().allMatch(w -> w.value().matches("-[px]+"));
    }
    return false;
  }

  /** The option word of {@code set -x}, {@code set -o xtrace}, {@code bash -x script}. */
  private static Optional<Word> trace(Command c) {
    if (!c.is("set", "sh", "bash", "dash", "zsh", "ksh")) {
      return Optional.empty();
    }
    List<Word> args = c.args();
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (v.equals("--") || !v.startsWith("-") && !v.startsWith("+")) {
        break;
      }
      if (v.startsWith("+") || v.startsWith("--")) {
        continue;
      }
      boolean letters = v.length() > 1 && v.substring(1).chars().allMatch(Character::isLetter);
      if (letters && v.indexOf('x') > 0) {
        return Optional.of(args.get(i));
      }
      if (letters && v.indexOf('o') > 0 && i + 1 < args.size()) {
        i++;
        if (args.get(i).value().equals("xtrace")) {
          return Optional.of(args.get(i - 1));
        }
      }
    }
    return Optional.empty();
  }

  /** Output sent to a file or filtered through grep: not a dump into the log. */
  private static boolean toFileOrFilter(Command c) {
    for (Redirection r : c.redirections()) {
      if (r.redirectsStdoutToFile() && r.target().map(t -> !t.value().startsWith("/dev/std"))
          .orElse(false)) {
        return true;
      }
    }
    Optional<Stage> next = c.nextInPipeline();
    return next.filter(s -> s instanceof Command n
        && n.effective().is("grep", "egrep", "fgrep", "rg", "head", "wc", "cut", "awk", "sed",
        "jq")).isPresent();
  }
}
