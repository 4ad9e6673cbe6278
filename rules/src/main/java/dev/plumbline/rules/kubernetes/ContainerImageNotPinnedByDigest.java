package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

/**
 * A container image without {@code @sha256:...}: any tag, even a release tag, can be pushed
 * again with different content. Off by default, since most teams pin tags and let an image
 * policy or their registry keep tags immutable.
 */
@Rule(id = "K8S010", name = "container-image-not-pinned-by-digest",
    platform = Platform.KUBERNETES, severity = Severity.NOTE,
    tags = {"security", "supply-chain", "reproducibility"}, securitySeverity = 3.0,
    enabledByDefault = false,
    summary = "Container image is not pinned by digest")
public final class ContainerImageNotPinnedByDigest implements KubernetesRule {

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    ContainerImage.of(container, ctx).filter(image -> !image.isPinnedByDigest()).ifPresent(image ->
        ctx.report(image.scalar().span(), "image '" + image.text() + "' of " + container.label()
            + " of " + container.pod().owner().label() + " is not pinned by digest: its tag can "
            + "be moved to a different image at any time",
            "append the digest of the image you tested: " + image.text() + "@sha256:<digest> "
            + "(crane digest " + image.text() + " or docker buildx imagetools inspect prints "
            + "it); Renovate keeps pinned digests current"));
  }
}
