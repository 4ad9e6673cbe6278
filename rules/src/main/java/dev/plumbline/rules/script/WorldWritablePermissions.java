package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Rule(id = "SH009", name = "world-writable-permissions", platform = Platform.SCRIPT,
    severity = Severity.WARNING, tags = {"security"}, securitySeverity = 5.0,
    summary = "Files or directories are made writable by every user")
public final class WorldWritablePermissions implements ScriptRule {

  private static final Pattern OCTAL = Pattern.compile("0*([0-7]?)([0-7]{3})");
  private static final Pattern CLAUSE = Pattern.compile("([ugoa]*)((?:[-+=][rwxXst]*)+)");
  private static final Pattern ACTION = Pattern.compile("([-+=])([rwxXst]*)");

  @Override
  public void visitScript(Script script, RuleContext ctx) {
    for (Command raw : script.commands()) {
      Command c = raw.effective();
      Optional<Word> mode = Optional.empty();
      if (c.is("chmod")) {
        List<Word> operands = c.operands();
        mode = operands.isEmpty() ? Optional.empty() : Optional.of(operands.get(0));
      } else if (c.is("mkdir", "install")) {
        mode = c.flagValues("-m", "--mode").stream().findFirst();
      }
      if (mode.isPresent() && mode.get().isLiteral() && worldWritable(mode.get().value())) {
        ctx.report(script.span(mode.get()), c.program() + " " + mode.get().value() + " makes "
                + "the files writable by every user and process on the machine, which can then "
                + "replace what later steps read or run",
            "grant write access only to the owner or group that needs it, such as 755 or "
                + "u+w,g+w; a shared directory like /tmp also needs the sticky bit (1777)");
      }
    }
  }

  /** Whether the mode gives others write access (a sticky shared directory excepted). */
  static boolean worldWritable(String mode) {
    Matcher octal = OCTAL.matcher(mode);
    if (octal.matches()) {
      int special = octal.group(1).isEmpty() ? 0 : octal.group(1).charAt(0) - '0';
      int others = octal.group(2).charAt(2) - '0';
      boolean sticky = (special & 1) != 0;
      return (others & 2) != 0 && !sticky;
    }
    for (String clause : mode.split(",")) {
      Matcher m = CLAUSE.matcher(clause);
      if (!m.matches()) {
        continue;
      }
      String who = m.group(1);
      if (!who.contains("o") && !who.contains("a")) {
        continue;
      }
      Matcher action = ACTION.matcher(m.group(2));
      while (action.find()) {
        if (!action.group(1).equals("-") && action.group(2).contains("w")) {
          return !action.group(2).contains("t");
        }
      }
    }
    return false;
  }
}
