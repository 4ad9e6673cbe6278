package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.RunScript;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.CommandList;
import dev.plumbline.core.shell.Redirection;
import dev.plumbline.core.shell.Stage;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Workflow commands ({@code ::name ...::value}) a {@code run:} script prints to the log, found in
 * the parsed script: the arguments of {@code echo}, {@code printf} and PowerShell's
 * {@code Write-Output}/{@code Write-Host} that start a line of output with the command. Comments,
 * output sent to a file or captured by {@code $(...)}, and text that does not start a line are
 * not workflow commands.
 *
 * <p>Scripts for other interpreters (Python, cmd, node) are not read. PowerShell scripts are read
 * with the shell lexer, which splits a line such as {@code Write-Output "::set-output ..."} the
 * same way.
 */
final class PrintedWorkflowCommands {

  /**
   * A command printed by a script.
   *
   * @param name    the command name without colons: {@code set-output}
   * @param span    the file span of {@code ::name}
   * @param printer the command that prints it
   */
  record Printed(String name, Span span, Command printer) {}

  private static final Set<String> PRINTERS = Set.of("echo", "printf", "write-output",
      "write-host");

  private PrintedWorkflowCommands() {}

  /** The script as Plumbline can lex it, if its shell is one it can read. */
  static Optional<Script> script(RunScript run) {
    Optional<ShellKind> kind = shellKind(run.shell());
    return kind.map(k -> new Script(run.text(), k, Set.of(), Script.Origin.GITHUB_RUN,
        run::spanOf));
  }

  /** The workflow commands named in {@code names} that the script prints. */
  static List<Printed> find(RunScript run, Set<String> names) {
    Optional<Script> script = script(run);
    if (script.isEmpty() || !run.text().contains("::")) {
      return List.of();
    }
    List<Printed> found = new ArrayList<>();
    for (Command raw : script.get().commands()) {
      Command c = raw.effective();
      if (!PRINTERS.contains(c.program().toLowerCase(Locale.ROOT)) || toFile(raw)
          || captured(raw)) {
        continue;
      }
      List<Word> operands = operands(c);
      boolean printf = c.is("printf");
      boolean formatLeadsWithArgument = printf && !operands.isEmpty()
          && operands.get(0).value().matches("^\\s*%[sb].*");
      for (int i = 0; i < operands.size(); i++) {
        Word w = operands.get(i);
        boolean firstLineCounts = i == 0 || formatLeadsWithArgument;
        List<String> lines = lines(w.value());
        for (int l = firstLineCounts ? 0 : 1; l < lines.size(); l++) {
          String line = lines.get(l).stripLeading();
          for (String name : names) {
            if (startsCommand(line, name)) {
              found.add(new Printed(name, span(script.get(), w, name), raw));
            }
          }
        }
      }
    }
    return found;
  }

  private static Optional<ShellKind> shellKind(Optional<String> shell) {
    if (shell.isEmpty()) {
      return Optional.of(ShellKind.BASH); // the runner's default: bash, or pwsh on Windows
    }
    String s = shell.get().trim().toLowerCase(Locale.ROOT);
    if (s.contains("${{")) {
      return Optional.empty();
    }
    String program = s.split("\\s+")[0];
    program = program.substring(program.lastIndexOf('/') + 1);
    if (program.equals("pwsh") || program.equals("powershell")) {
      return Optional.of(ShellKind.BASH);
    }
    return ShellKind.ofProgram(program);
  }

  /** The arguments after echo's options ({@code -n}, {@code -e}) and PowerShell's switches. */
  private static List<Word> operands(Command c) {
    List<Word> args = c.args();
    int i = 0;
    if (!c.is("printf")) {
      while (i < args.size() && args.get(i).value().matches("-[neE]+|-[A-Za-z][A-Za-z]+")) {
        i++;
      }
    }
    return args.subList(i, args.size());
  }

  /** Lines of output: at real newlines and at {@code \n} escapes (echo -e, printf). */
  private static List<String> lines(String value) {
    return List.of(value.split("\n|\\\\n", -1));
  }

  private static boolean startsCommand(String line, String name) {
    String prefix = "::" + name;
    if (!line.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return false;
    }
    if (line.length() == prefix.length()) {
      return true;
    }
    char next = line.charAt(prefix.length());
    return next == ' ' || next == ':' || next == '\t';
  }

  private static Span span(Script script, Word w, String name) {
    String text = script.text();
    int at = text.indexOf("::" + name, w.start());
    if (at < 0 || at >= w.end()) {
      return script.span(w);
    }
    return script.span(at, at + 2 + name.length());
  }

  /** Whether the command runs inside {@code $(...)}, whose output the script captures. */
  private static boolean captured(Command c) {
    for (CommandList l = c.list(); l != null;
        l = l.enclosingStage().map(Stage::list).orElse(null)) {
      if (l.substitution().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the command's output goes to a file instead of the log. */
  private static boolean toFile(Command c) {
    for (Redirection r : c.redirections()) {
      if (r.redirectsStdoutToFile()
          && r.target().map(t -> !t.value().startsWith("/dev/std")).orElse(true)) {
        return true;
      }
    }
    return false;
  }
}
