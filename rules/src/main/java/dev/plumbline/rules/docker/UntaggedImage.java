package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * {@code FROM image} with neither tag nor digest, which Docker reads as {@code image:latest}.
 * Earlier stages, {@code scratch} and references whose name ends in a variable (which may bring
 * its own tag, as {@code ${BASE_IMAGE}} does) are not images to tag here.
 */
@Rule(id = "DKR002", name = "untagged-image", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"reproducibility"},
    summary = "Base image has neither a tag nor a digest")
public final class UntaggedImage implements DockerfileRule {

  private GlobalArgs args;

  @Override
  public void visitDockerfile(Dockerfile dockerfile, RuleContext ctx) {
    args = GlobalArgs.of(dockerfile);
  }

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    BaseImage.of(stage, args)
        .filter(image -> image.ref().tag().isEmpty() && image.ref().digest().isEmpty())
        .filter(image -> !image.nameEndsInVariable())
        .ifPresent(image -> ctx.report(image.ref().word().span(), "base image '" + image.text()
            + "' has no tag, so Docker pulls '" + image.text() + ":latest', whichever image "
            + "that is on the day of the build",
            "name the release you tested: " + image.text() + ":<version>"));
  }
}
