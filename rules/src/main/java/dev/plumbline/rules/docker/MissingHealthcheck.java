package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.CommandInstruction;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Expose;
import dev.plumbline.core.model.docker.Healthcheck;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.Optional;

/**
 * The final image is a network service — this Dockerfile gives it a CMD or ENTRYPOINT and it
 * EXPOSEs a port — but neither the final stage nor a stage it builds on has a HEALTHCHECK (not
 * even {@code HEALTHCHECK NONE}). Images without EXPOSE (command-line tools, language runtimes,
 * batch jobs) and development containers are left alone: a health check means little there.
 */
@Rule(id = "DKR005", name = "missing-healthcheck", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"reliability"},
    summary = "Final image of a service has no HEALTHCHECK")
public final class MissingHealthcheck implements DockerfileRule {

  @Override
  public void visitDockerfile(Dockerfile dockerfile, RuleContext ctx) {
    if (!DevContainer.isLinted(ctx)) {
      FinalImage.of(dockerfile).ifPresent(image -> check(image, ctx));
    }
  }

  private static void check(FinalImage image, RuleContext ctx) {
    Optional<CommandInstruction> start = image.startCommand();
    Optional<Expose> expose = image.last(Expose.class).filter(e -> !e.ports().isEmpty());
    if (start.isEmpty() || expose.isEmpty() || image.last(Healthcheck.class).isPresent()) {
      return;
    }
    String program = StartProgram.of(start.get().command()).map(p -> " runs '" + p + "' and")
        .orElse("");
    String port = expose.get().ports().get(0).word().text();
    ctx.report(image.placeFor(start.get()), "the final image" + program + " exposes " + port
        + " but has no HEALTHCHECK: Docker cannot tell when the service stops working while "
        + "its process keeps running",
        "add HEALTHCHECK CMD <command that fails when the service is unhealthy>, or "
            + "HEALTHCHECK NONE to record that the orchestrator probes it (Kubernetes ignores "
            + "HEALTHCHECK)");
  }
}
