package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;

/**
 * {@code imagePullPolicy: IfNotPresent} or {@code Never} on a container whose image has the tag
 * {@code latest} or no tag: each node keeps running the image it pulled first, so pods of one
 * workload run different code. Without {@code imagePullPolicy} Kubernetes uses {@code Always} for
 * such images, so only a written policy is reported, at its value.
 */
@Rule(id = "K8S029", name = "image-pull-policy-with-mutable-tag", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"reproducibility"},
    summary = "Image with a mutable tag is not pulled Always")
public final class ImagePullPolicyWithMutableTag implements KubernetesRule {

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    Optional<ContainerImage> image = ContainerImage.of(container, ctx)
        .filter(ContainerImage::hasMutableTag);
    Optional<YamlScalar> policy = container.imagePullPolicy()
        .filter(p -> p.value().equals("IfNotPresent") || p.value().equals("Never"));
    if (image.isEmpty() || policy.isEmpty()) {
      return;
    }
    String tag = image.get().name().tag().isPresent() ? "the tag 'latest'" : "no tag";
    String effect = policy.get().value().equals("Never")
        ? "each node runs whichever copy of it was loaded there"
        : "each node keeps the copy it pulled first, so pods can run different images";
    ctx.report(policy.get().span(), container.label() + " of " + container.pod().owner().label()
        + " uses image '" + image.get().text() + "' with " + tag + " and imagePullPolicy "
        + policy.get().value() + ": " + effect,
        "pin a release tag (better), or set 'imagePullPolicy: Always' or remove it: "
        + "Kubernetes pulls images with the tag 'latest' or no tag Always by default");
  }
}
