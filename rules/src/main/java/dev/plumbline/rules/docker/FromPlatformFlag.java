package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Flag;
import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * {@code FROM --platform=linux/amd64}: a constant platform. A value with a variable
 * ({@code $BUILDPLATFORM}, {@code $TARGETPLATFORM}, {@code $TARGETOS/$TARGETARCH}, a build
 * argument) follows the build and is left alone.
 */
@Rule(id = "DKR030", name = "from-platform-flag", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"portability"},
    summary = "FROM --platform with a constant platform")
public final class FromPlatformFlag implements DockerfileRule {

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    Flag flag = stage.platform().orElse(null);
    if (flag == null || flag.value().isEmpty()) {
      return; // a flag without value is invalid-dockerfile's concern
    }
    Word value = flag.value().get();
    if (value.hasVariables() || value.value().isBlank()) {
      return;
    }
    ctx.report(value.span(), "FROM --platform=" + value.value() + " fixes the platform: "
        + "builds for other platforms (docker build --platform, Apple silicon, Arm CI runners) "
        + "still get a " + value.value() + " image",
        "remove --platform, or use --platform=$BUILDPLATFORM for build stages and "
            + "$TARGETPLATFORM for the stage that ships; keep a constant only for an image "
            + "that exists for one platform");
  }
}
