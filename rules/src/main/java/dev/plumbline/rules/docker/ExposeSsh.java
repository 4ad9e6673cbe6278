package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.ExposedPort;
import dev.plumbline.core.model.docker.Expose;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/** EXPOSE of TCP port 22, alone or in a range: the image means to run an SSH server. */
@Rule(id = "DKR021", name = "expose-ssh", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"security"}, securitySeverity = 3.0,
    summary = "EXPOSE of port 22: the container runs an SSH server")
public final class ExposeSsh implements DockerfileRule {

  private static final int SSH = 22;

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    if (!(instruction instanceof Expose expose)) {
      return;
    }
    for (ExposedPort entry : expose.ports()) {
      PortSpec.of(entry).filter(p -> p.includes(SSH) && p.protocol().equals("tcp"))
          .ifPresent(p -> ctx.report(entry.port().span(), p.first() == p.last()
                  ? "EXPOSE " + entry.word().value() + " declares an SSH server in the container"
                  : "EXPOSE " + entry.word().value() + " includes port 22, SSH",
              "leave SSH out of the image and open a shell with docker exec or kubectl exec "
                  + "when one is needed"));
    }
  }
}
