package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.rules.common.ImageName;
import java.util.Optional;

/**
 * {@code FROM image:latest}, also when a global ARG default makes the tag {@code latest}. A
 * digest pins the image whatever the tag says, so {@code image:latest@sha256:...} is left alone.
 */
@Rule(id = "DKR001", name = "latest-tag", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"reproducibility"},
    summary = "Base image uses the 'latest' tag")
public final class LatestTag implements DockerfileRule {

  private static final String LATEST = "latest";

  private GlobalArgs args;

  @Override
  public void visitDockerfile(Dockerfile dockerfile, RuleContext ctx) {
    args = GlobalArgs.of(dockerfile);
  }

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    BaseImage.of(stage, args).ifPresent(image -> check(image, ctx));
  }

  private static void check(BaseImage image, RuleContext ctx) {
    if (image.ref().digest().isPresent()) {
      return;
    }
    Optional<Word> tag = image.ref().tag();
    if (!image.ref().hasVariables()) {
      if (tag.isPresent() && tag.get().value().equals(LATEST)) {
        String untagged = image.text().substring(0, image.text().length() - LATEST.length() - 1);
        ctx.report(tag.get().span(), "base image '" + image.text() + "' uses the tag 'latest', "
            + "which points to a different image whenever a new release is pushed",
            "pin a release tag, such as " + untagged + ":<version>, and update it on purpose");
      }
      return;
    }
    Optional<ImageName> name = image.name();
    if (name.isPresent() && name.get().digest().isEmpty()
        && name.get().tag().filter(LATEST::equals).isPresent()) {
      String resolved = new ImageName(name.get().registry(), name.get().repository(),
          Optional.empty(), Optional.empty()).reference();
      ctx.report(tag.map(Word::span).orElse(image.ref().word().span()), "base image '"
          + image.text() + "' is '" + resolved + ":latest' with the default build arguments; "
          + "'latest' points to a different image whenever a new release is pushed",
          "make the global ARG default a release tag, such as " + resolved + ":<version>");
    }
  }
}
