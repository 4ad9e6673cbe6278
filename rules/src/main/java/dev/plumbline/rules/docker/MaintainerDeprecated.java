package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Maintainer;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/** {@code MAINTAINER}, deprecated since Docker 1.13 for a label. */
@Rule(id = "DKR018", name = "maintainer-deprecated", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"deprecated"},
    summary = "MAINTAINER is deprecated; use the org.opencontainers.image.authors label")
public final class MaintainerDeprecated implements DockerfileRule {

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    if (!(instruction instanceof Maintainer maintainer)) {
      return;
    }
    String authors = maintainer.argumentText().map(w -> w.text().strip()).orElse("<name>");
    ctx.report(maintainer.keywordSpan(), "MAINTAINER is deprecated: tools read the author "
        + "from the org.opencontainers.image.authors label",
        "replace it by LABEL org.opencontainers.image.authors=\""
            + authors.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
  }
}
