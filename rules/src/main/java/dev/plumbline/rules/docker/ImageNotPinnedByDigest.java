package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.rules.common.ImageName;

/**
 * {@code FROM image[:tag]} without {@code @sha256:...}. A variable with a known global ARG
 * default is read with that default; one that may bring its own digest
 * ({@code FROM ${BASE_IMAGE}} without a default) is left alone.
 */
@Rule(id = "DKR003", name = "image-not-pinned-by-digest", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"security", "supply-chain", "reproducibility"},
    securitySeverity = 3.0, summary = "Base image is not pinned by digest")
public final class ImageNotPinnedByDigest implements DockerfileRule {

  private GlobalArgs args;

  @Override
  public void visitDockerfile(Dockerfile dockerfile, RuleContext ctx) {
    args = GlobalArgs.of(dockerfile);
  }

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    BaseImage.of(stage, args).filter(ImageNotPinnedByDigest::unpinned).ifPresent(image -> {
      // with the ARG defaults filled in, the hint names an image one can inspect
      String text = image.name().map(ImageName::reference).orElse(image.text());
      String byDefault = text.equals(image.text()) ? "" : " ('" + text + "' by default)";
      ctx.report(image.ref().word().span(), "base image '" + image.text() + "'" + byDefault
          + " is not pinned by digest: its tag can be moved to a different image at any time",
          (byDefault.isEmpty() ? "append the digest of the image you tested: "
              : "pin the build argument's default to the image you tested: ")
              + text + "@sha256:<digest> "
              + "(docker buildx imagetools inspect " + text + " prints it); Dependabot and "
              + "Renovate keep pinned digests current");
    });
  }

  private static boolean unpinned(BaseImage image) {
    if (image.ref().digest().isPresent()) {
      return false;
    }
    if (image.name().isPresent()) {
      return image.name().get().digest().isEmpty();
    }
    return !image.nameEndsInVariable();
  }
}
