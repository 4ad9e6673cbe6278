package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.Cmd;
import dev.plumbline.core.model.docker.CommandInstruction;
import dev.plumbline.core.model.docker.CommandLine;
import dev.plumbline.core.model.docker.Entrypoint;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CMD or ENTRYPOINT in shell form: the shell becomes process 1 and the program its child, which
 * does not get the SIGTERM of {@code docker stop}; a shell-form ENTRYPOINT also ignores CMD and
 * the arguments of {@code docker run}. A shell-form CMD that starts with {@code exec} (the shell
 * replaces itself by the program) has neither problem and is left alone.
 */
@Rule(id = "DKR027", name = "shell-form-entrypoint", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"reliability"},
    summary = "CMD or ENTRYPOINT in shell form does not pass signals to the program")
public final class ShellFormEntrypoint implements DockerfileRule {

  /** Text a plain split on spaces would change the meaning of. */
  private static final Pattern SHELL_SYNTAX = Pattern.compile("[$`\"'\\\\|&;<>()*?\\[\\]{}~#=]");
  private static final Pattern EXEC = Pattern.compile("exec\\s.*", Pattern.DOTALL);

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    if (!(instruction instanceof Cmd || instruction instanceof Entrypoint)
        || instruction.isExecForm()) {
      return;
    }
    CommandInstruction command = (CommandInstruction) instruction;
    CommandLine line = command.command();
    String written = line.shellForm().map(Word::text).orElse("").strip();
    if (written.isEmpty() || written.startsWith("[")) {
      return; // nothing to run, or a broken JSON array: invalid-dockerfile's concern
    }
    String keyword = command.keyword();
    boolean exec = EXEC.matcher(written).matches();
    if (exec && command instanceof Cmd) {
      return;
    }
    String shell = String.join(" ", command.shell().argv());
    String program = StartProgram.of(line).orElse("the program");
    String message = exec
        ? "ENTRYPOINT in shell form runs under '" + shell + "', which ignores CMD and the "
            + "arguments of docker run"
        : keyword + " in shell form runs '" + program + "' under '" + shell + "', which does "
            + "not pass on the SIGTERM of docker stop"
            + (command instanceof Entrypoint ? "; CMD and docker run arguments are ignored" : "");
    ctx.report(line.span(), message,
        hint(keyword, exec ? written.substring("exec".length()).strip() : written));
  }

  /** The exec form of a simple command, or how to get there for one that needs a shell. */
  private static String hint(String keyword, String text) {
    if (SHELL_SYNTAX.matcher(text).find()) {
      return "write it as a JSON array; for shell features, put the command in a script that "
          + "ends with exec \"$@\" or exec <program>, and run the script: " + keyword
          + " [\"/entrypoint.sh\"]";
    }
    List<String> words = Arrays.asList(text.split("\\s+"));
    return "write it as a JSON array: " + keyword + " " + words.stream()
        .map(w -> "\"" + w + "\"").collect(Collectors.joining(", ", "[", "]"));
  }
}
