package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Assignment;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Redirection;
import dev.plumbline.core.shell.Stage;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.shell.WordPart;
import dev.plumbline.rules.common.SecretNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Rule(id = "SH006", name = "environment-dump", platform = Platform.SCRIPT,
    severity = Severity.WARNING, tags = {"security", "secrets"}, securitySeverity = 5.0,
    summary = "A CI script prints its environment, or traces commands that expand secrets, "
        + "into the log")
public final class EnvironmentDump implements ScriptRule {

  private static final Pattern PARAMETER_NAME = Pattern.compile("^\\$\\{?[#!]?([A-Za-z_]\\w*)");
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
      Optional<Word> flag = trace(c);
      Optional<String> secret = flag.flatMap(f -> secretExpandedAfter(raw, script));
      if (flag.isPresent() && secret.isPresent()) {
        ctx.report(script.span(flag.get()), "'" + c.program() + " " + flag.get().value()
                + (flag.get().value().contains("x") ? "" : " xtrace") + "' prints every command "
                + "with its variables expanded into the build log, and " + secret.get()
                + " is expanded after it", HINT_TRACE);
      }
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

  /** The option word of {@code set -x} or {@code set -o xtrace}. */
  private static Optional<Word> trace(Command c) {
    if (!c.is("set")) {
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

  /**
   * The first secret the trace would print: a variable whose name says it holds a credential,
   * or a {@code ${{ secrets.* }}} expression, used after {@code set -x} and before
   * {@code set +x}.
   */
  private static Optional<String> secretExpandedAfter(Command set, Script script) {
    for (Command c : script.commands()) {
      if (c.start() <= set.start()) {
        continue;
      }
      if (c.name().equals("set") && !c.isInSubshell() && turnsTraceOff(c)) {
        return Optional.empty();
      }
      List<Word> words = new ArrayList<>(c.words());
      for (Assignment a : c.assignments()) {
        if (SecretNames.looksSecret(a.name()) && !a.value().isLiteral()) {
          return Optional.of("$" + a.name());
        }
        words.add(a.value());
      }
      c.redirections().forEach(r -> r.target().ifPresent(words::add));
      for (Word w : words) {
        Optional<String> secret = secretIn(w, script);
        if (secret.isPresent()) {
          return secret;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean turnsTraceOff(Command set) {
    List<String> args = set.args().stream().map(Word::value).toList();
    return args.stream().anyMatch(a -> a.startsWith("+") && a.contains("x"))
        || args.contains("+o") && args.contains("xtrace");
  }

  private static Optional<String> secretIn(Word w, Script script) {
    for (WordPart part : w.parts()) {
      String text = script.text().substring(part.start(), part.end());
      if (part.kind() == WordPart.Kind.TEMPLATE
          && (text.contains("secrets.") || text.contains("github.token"))) {
        return Optional.of(text.replaceAll("\\s+", " "));
      }
      if (part.kind() == WordPart.Kind.PARAMETER) {
        Matcher m = PARAMETER_NAME.matcher(text);
        if (m.find() && SecretNames.looksSecret(m.group(1))) {
          return Optional.of("$" + m.group(1));
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
