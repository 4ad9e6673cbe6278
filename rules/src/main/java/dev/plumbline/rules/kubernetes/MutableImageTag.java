package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * A container image with the tag {@code latest} or with no tag at all, which Kubernetes reads as
 * {@code latest}. A digest pins the image whatever the tag says, so {@code app@sha256:...} and
 * {@code app:latest@sha256:...} are left alone; so are placeholders a tool fills in.
 */
@Rule(id = "K8S009", name = "mutable-image-tag", platform = Platform.KUBERNETES,
    severity = Severity.WARNING, tags = {"reproducibility", "supply-chain"},
    summary = "Container image uses the 'latest' tag or no tag")
public final class MutableImageTag implements KubernetesRule {

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    ContainerImage.of(container, ctx).filter(ContainerImage::hasMutableTag).ifPresent(image -> {
      String where = container.label() + " of " + container.pod().owner().label();
      String hint = "pin a release tag, such as " + image.repositoryText()
          + ":<version>, and change it on purpose (or pin a digest)";
      if (image.name().tag().isEmpty()) {
        ctx.report(image.tagSpan(), "image '" + image.text() + "' of " + where
            + " has no tag, so Kubernetes pulls whatever 'latest' is at the time", hint);
      } else {
        ctx.report(image.tagSpan(), "image '" + image.text() + "' of " + where
            + " uses the tag 'latest', which points to a different image with every release",
            hint);
      }
    });
  }
}
