package dev.plumbline.rules.gitlab;

import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The arguments a command runs as code rather than reading as data: the words given to
 * {@code eval}, the script of {@code sh -c} (also inside {@code docker exec c sh -c},
 * {@code kubectl exec -- bash -c}), {@code su -c}, the remote command of {@code ssh}, and the
 * program of {@code python -c}, {@code node -e}, {@code perl -e}, {@code ruby -e},
 * {@code php -r}.
 */
final class CodeArguments {

  /** A word run as code, and whether a POSIX shell reads it (and so its single quotes). */
  record Code(Word word, String runner, boolean shell) {}

  private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ksh", "ash",
      "mksh");
  /** ssh options that take a value, which is not the destination. */
  private static final String[] SSH_VALUE_FLAGS = {"-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i",
      "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w", "-B"};

  private CodeArguments() {}

  static List<Code> of(Command c) {
    List<Code> code = new ArrayList<>();
    if (c.is("eval")) {
      c.args().forEach(w -> code.add(new Code(w, "eval", true)));
    } else if (c.is("su", "runuser")) {
      c.flagValues("-c", "--command").forEach(w -> code.add(new Code(w, c.program(), true)));
    } else if (c.is("ssh")) {
      List<Word> operands = c.operands(SSH_VALUE_FLAGS);
      operands.stream().skip(1).forEach(w -> code.add(new Code(w, "ssh's remote shell", true)));
    } else if (c.program().matches("python[0-9.]*")) {
      c.flagValues("-c").forEach(w -> code.add(new Code(w, c.program(), false)));
    } else if (c.is("node", "nodejs", "deno", "bun")) {
      c.flagValues("-e", "--eval", "-p", "--print")
          .forEach(w -> code.add(new Code(w, c.program(), false)));
    } else if (c.is("perl", "ruby")) {
      c.flagValues("-e", "-E").forEach(w -> code.add(new Code(w, c.program(), false)));
    } else if (c.is("php")) {
      c.flagValues("-r").forEach(w -> code.add(new Code(w, c.program(), false)));
    }
    shellScripts(c.words(), code);
    return code;
  }

  /** {@code sh -c SCRIPT} anywhere in the words: the command itself or one it starts. */
  private static void shellScripts(List<Word> words, List<Code> code) {
    for (int i = 0; i < words.size(); i++) {
      String program = words.get(i).value().substring(words.get(i).value().lastIndexOf('/') + 1);
      if (!SHELLS.contains(program)) {
        continue;
      }
      boolean dashC = false;
      for (int j = i + 1; j < words.size(); j++) {
        String v = words.get(j).value();
        if (v.equals("-o") || v.equals("+o") || v.equals("-O") || v.equals("+O")) {
          j++; // the option's name
          continue;
        }
        if (v.startsWith("-") && !v.startsWith("--") && v.length() > 1) {
          dashC |= v.indexOf('c') > 0;
          continue;
        }
        if (dashC) {
          code.add(new Code(words.get(j), program + " -c", true));
        }
        break;
      }
    }
  }
}
