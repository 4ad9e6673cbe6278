package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Cmd;
import dev.plumbline.core.model.docker.Entrypoint;
import dev.plumbline.core.model.docker.Healthcheck;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.List;

/**
 * A CMD, ENTRYPOINT or HEALTHCHECK that a later one of the same stage replaces. Each replaced
 * instruction is reported, not the one that takes effect: the replaced one is what to delete.
 * ONBUILD triggers are not counted; they belong to the builds that use the image.
 */
@Rule(id = "DKR019", name = "multiple-cmd-entrypoint", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"correctness"},
    summary = "Stage has more than one CMD, ENTRYPOINT or HEALTHCHECK; only the last counts")
public final class MultipleCmdEntrypoint implements DockerfileRule {

  private static final List<Class<? extends Instruction>> ONCE_PER_STAGE =
      List.of(Cmd.class, Entrypoint.class, Healthcheck.class);

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    for (Class<? extends Instruction> type : ONCE_PER_STAGE) {
      List<? extends Instruction> all = stage.instructions(type);
      if (all.size() < 2) {
        continue;
      }
      Instruction last = all.get(all.size() - 1);
      for (Instruction replaced : all.subList(0, all.size() - 1)) {
        String keyword = replaced.keyword();
        ctx.report(replaced.keywordSpan(), "this " + keyword + " has no effect: the " + keyword
            + " on line " + last.line() + " replaces it (only the last " + keyword + " of a "
            + "stage counts)", hint(keyword));
      }
    }
  }

  private static String hint(String keyword) {
    return switch (keyword) {
      case "HEALTHCHECK" -> "remove it, or fold its test into the last HEALTHCHECK";
      default -> "remove it; to start several processes, run one script or a process "
          + "supervisor as the " + keyword;
    };
  }
}
