package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Onbuild;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.List;

/**
 * {@code ONBUILD FROM}, {@code ONBUILD MAINTAINER} and {@code ONBUILD ONBUILD}: triggers Docker
 * refuses, stopping the build of the image that declares them.
 */
@Rule(id = "DKR035", name = "onbuild-misuse", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"correctness"},
    summary = "ONBUILD of FROM, MAINTAINER or ONBUILD, which Docker does not allow")
public final class OnbuildMisuse implements DockerfileRule {

  private static final List<String> NOT_TRIGGERS = List.of("FROM", "MAINTAINER", "ONBUILD");

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    if (!(instruction instanceof Onbuild onbuild)) {
      return;
    }
    onbuild.trigger().filter(t -> NOT_TRIGGERS.contains(t.keyword())).ifPresent(trigger -> {
      String keyword = trigger.keyword();
      ctx.report(trigger.keywordSpan(), "ONBUILD " + keyword + " is not allowed: Docker stops "
          + "the build of this image with an error", hint(keyword));
    });
  }

  private static String hint(String keyword) {
    return switch (keyword) {
      case "FROM" -> "a trigger cannot change the base image; write FROM in the Dockerfile that "
          + "uses this image";
      case "MAINTAINER" -> "remove ONBUILD and write LABEL org.opencontainers.image.authors=..."
          + " in this stage";
      default -> "remove the second ONBUILD: triggers run only one build down";
    };
  }
}
