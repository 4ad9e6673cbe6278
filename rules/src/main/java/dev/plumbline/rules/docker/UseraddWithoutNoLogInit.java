package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.List;

/**
 * {@code useradd -u <UID>} with a UID above 65535 and without {@code -l}/{@code --no-log-init}:
 * useradd then writes the user's record into {@code /var/log/lastlog} and
 * {@code /var/log/faillog} at an offset proportional to the UID. The files are sparse on disk
 * but not in the image layer, which stores every zero byte. UIDs given by a variable are not
 * judged.
 */
@Rule(id = "DKR033", name = "useradd-without-no-log-init", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"performance"},
    summary = "useradd with a large UID and without --no-log-init fills the layer with zeros")
public final class UseraddWithoutNoLogInit implements DockerfileRule {

  /** UIDs up to here make log files of at most about 19 MB. */
  private static final long LARGEST_SMALL_UID = 65_535;
  /** Bytes of one {@code struct lastlog} record on 64-bit Linux. */
  private static final long LASTLOG_RECORD = 292;

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    RunScript.of(instruction).ifPresent(script -> check(script, ctx));
  }

  private static void check(Script script, RuleContext ctx) {
    for (Command useradd : script.lexed().commands("useradd")) {
      if (useradd.hasFlag("-l", "--no-log-init")) {
        continue;
      }
      List<Word> uids = useradd.flagValues("-u", "--uid");
      if (uids.isEmpty()) {
        continue;
      }
      Word uid = uids.get(uids.size() - 1);
      String value = uid.value();
      if (!uid.isLiteral() || !value.matches("[0-9]{1,18}")
          || Long.parseLong(value) <= LARGEST_SMALL_UID) {
        continue;
      }
      long megabytes = (Long.parseLong(value) + 1) * LASTLOG_RECORD / 1_000_000;
      ctx.report(script.span(uid), "useradd with UID " + value + " and without --no-log-init "
              + "writes about " + megabytes + " MB of zeros to /var/log/lastlog, stored in full "
              + "in the layer",
          "add --no-log-init (-l): useradd --no-log-init -u " + value + " ...");
    }
  }
}
