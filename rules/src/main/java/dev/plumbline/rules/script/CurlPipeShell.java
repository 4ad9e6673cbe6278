package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.CommandList;
import dev.plumbline.core.shell.Pipeline;
import dev.plumbline.core.shell.Stage;
import dev.plumbline.core.shell.Substitution;
import dev.plumbline.core.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Rule(id = "SH001", name = "curl-pipe-shell", platform = Platform.SCRIPT,
    severity = Severity.WARNING, tags = {"security", "supply-chain"}, securitySeverity = 7.0,
    summary = "A script downloaded with curl or wget is run without being verified")
public final class CurlPipeShell implements ScriptRule {

  static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ksh", "ash", "mksh");
  private static final Set<String> INTERPRETERS = Set.of("python", "python2", "python3", "perl",
      "ruby", "node", "php", "pwsh");
  /** Options of a shell that take the next word as their value. */
  private static final String[] SHELL_VALUE_FLAGS = {"-o", "+o", "-O", "+O", "--rcfile",
      "--init-file"};

  @Override
  public void visitScript(Script script, RuleContext ctx) {
    for (Pipeline p : script.lexed().pipelines()) {
      checkPipe(p, script, ctx);
    }
    for (Command command : script.commands()) {
      checkSubstitutions(command.effective(), script, ctx);
    }
  }

  /** {@code curl … | sh}: a downloader's output piped into an interpreter reading stdin. */
  private static void checkPipe(Pipeline p, Script script, RuleContext ctx) {
    List<Stage> stages = p.stages();
    for (int i = 0; i < stages.size() - 1; i++) {
      if (!(stages.get(i) instanceof Command first)) {
        continue;
      }
      Command download = first.effective();
      if (!downloadsToStdout(download)) {
        continue;
      }
      for (int j = i + 1; j < stages.size(); j++) {
        if (stages.get(j) instanceof Command later && runsStdin(later.effective())) {
          report(later.effective(), download, "is piped into", script, ctx);
          return;
        }
      }
    }
  }

  /** {@code bash <(curl …)}, {@code sh -c "$(curl …)"}, {@code eval "$(wget -O- …)"}. */
  private static void checkSubstitutions(Command c, Script script, RuleContext ctx) {
    boolean shell = c.is(SHELLS.toArray(String[]::new));
    boolean runsString = c.is("eval") || shell && c.hasFlag("-c")
        || c.program().startsWith("python") && c.hasFlag("-c")
        || c.is("perl", "ruby", "node") && c.hasFlag("-e");
    boolean runsFile = shell || c.is("source", ".");
    for (Word w : c.args()) {
      for (Substitution s : w.substitutions()) {
        boolean runs = s.isCommandSubstitution() ? runsString
            : s.kind() == Substitution.Kind.PROCESS_INPUT && runsFile;
        Optional<Command> download = runs ? download(s.body()) : Optional.empty();
        if (download.isPresent()) {
          report(c, download.get(), s.isCommandSubstitution() ? "is run by" : "is read by",
              script, ctx);
          return;
        }
      }
    }
  }

  private static Optional<Command> download(CommandList body) {
    return body.commands().stream().map(Command::effective).filter(CurlPipeShell::downloadsToStdout)
        .findFirst();
  }

  private static void report(Command interpreter, Command download, String how, Script script,
      RuleContext ctx) {
    Word at = interpreter.nameWord().orElseThrow();
    String source = Args.url(download).flatMap(u -> Args.host(u.value()))
        .filter(h -> !h.contains("$")).map(h -> " from " + h).orElse("");
    ctx.report(script.span(at), "the script " + download.program() + " downloads" + source + " "
            + how + " " + interpreter.program() + " unverified: whoever controls that server, or "
            + "the path to it, runs commands here",
        "download to a file, check its published checksum or signature, then run it; or "
            + "install from a package manager or a pinned release");
  }

  /** curl without an output file, or wget writing to {@code -}. */
  static boolean downloadsToStdout(Command c) {
    if (c.is("curl")) {
      if (c.hasShortFlag('O', Args.CURL_VALUE_LETTERS)
          || c.hasFlag("--remote-name", "--remote-name-all")) {
        return false;
      }
      return Args.optionValue(c, 'o', Args.CURL_VALUE_LETTERS.replace("o", ""), "--output")
          .map(w -> isStdout(w.value())).orElse(true);
    }
    if (c.is("wget")) {
      return Args.optionValue(c, 'O', Args.WGET_VALUE_LETTERS.replace("O", ""),
          "--output-document").map(w -> isStdout(w.value())).orElse(false);
    }
    return false;
  }

  private static boolean isStdout(String file) {
    return file.equals("-") || file.equals("/dev/stdout");
  }

  /** An interpreter that runs the program it reads from standard input. */
  static boolean runsStdin(Command c) {
    if (c.is(SHELLS.toArray(String[]::new))) {
      if (c.hasFlag("-c")) {
        return false;
      }
      List<Word> operands = c.operands(SHELL_VALUE_FLAGS);
      return c.hasFlag("-s") || operands.isEmpty() || operands.get(0).value().equals("-");
    }
    boolean interpreter = INTERPRETERS.contains(c.program())
        || c.program().matches("python[0-9.]+");
    if (!interpreter || c.hasFlag("-c", "-m", "-e", "-E", "-p", "--eval", "--print")) {
      return false;
    }
    List<Word> operands = c.operands();
    return operands.isEmpty() || operands.get(0).value().equals("-");
  }
}
