package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.ExposedPort;
import dev.plumbline.core.model.docker.Expose;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * An EXPOSE entry Docker rejects (not a number, out of 0-65535, a range that ends before it
 * starts, an unknown protocol) or warns about and will reject (an address or host-port mapping).
 */
@Rule(id = "DKR022", name = "invalid-port", platform = Platform.DOCKERFILE,
    severity = Severity.ERROR, tags = {"correctness"},
    summary = "EXPOSE port that is malformed or outside 0-65535")
public final class InvalidPort implements DockerfileRule {

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    if (!(instruction instanceof Expose expose)) {
      return;
    }
    for (ExposedPort entry : expose.ports()) {
      PortSpec.of(entry).flatMap(PortSpec::problem)
          .ifPresent(p -> ctx.report(p.span(), p.message(), p.hint()));
    }
  }
}
