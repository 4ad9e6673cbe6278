package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.rules.common.ImageName;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The image a container runs, as written in the manifest: the {@code image} scalar and the
 * reference split into registry, repository, tag and digest. Only values that are image
 * references by Docker's grammar are judged; the rest are placeholders that a tool fills in before
 * apply ({@code ${IMAGE}}, {@code $(IMAGE)}, {@code {{ .Values.image }}}, {@code <image>},
 * {@code IMAGE_NAME}, {@code ko://...}) and say nothing about the image that will run.
 *
 * @param scalar the {@code image} value
 * @param name   the reference, split
 */
record ContainerImage(YamlScalar scalar, ImageName name) {

  /** The tag Kubernetes pulls when a reference has neither tag nor digest. */
  static final String LATEST = "latest";

  // Docker's reference grammar (distribution/reference): [domain/]path[:tag][@digest]
  private static final String DOMAIN_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN = DOMAIN_PART + "(?:\\." + DOMAIN_PART + ")*(?::[0-9]+)?";
  private static final String PATH_PART = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String TAG = "[\\w][\\w.-]{0,127}";
  private static final String DIGEST =
      "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
  private static final Pattern REFERENCE = Pattern.compile("(?:" + DOMAIN + "/)?" + PATH_PART
      + "(?:/" + PATH_PART + ")*(?::" + TAG + ")?(?:@" + DIGEST + ")?");

  /**
   * The image of a regular or init container, when it is a reference and the file is what is
   * applied. Ephemeral containers are left out: they are added to running pods for debugging and
   * cannot be part of a manifest that creates pods. So are the images of files in a Kustomize
   * directory, whose kustomization may set their tag or digest ({@code images:}).
   */
  static Optional<ContainerImage> of(Container container, RuleContext ctx) {
    if (container.kind() == Container.Kind.EPHEMERAL || Kustomize.mayRewriteImages(ctx)) {
      return Optional.empty();
    }
    return container.image().filter(s -> REFERENCE.matcher(s.value()).matches())
        .map(s -> new ContainerImage(s, ImageName.parse(s.value())));
  }

  /** The reference as written. */
  String text() {
    return scalar.value();
  }

  boolean isPinnedByDigest() {
    return name.digest().isPresent();
  }

  /**
   * Whether the tag may name a different image tomorrow and nothing pins it: no digest, and the
   * tag is {@code latest} or missing (which Kubernetes reads as {@code latest}).
   */
  boolean hasMutableTag() {
    return !isPinnedByDigest() && name.tag().map(LATEST::equals).orElse(true);
  }

  /** The tag, without its colon; the whole value when the reference has no tag. */
  Span tagSpan() {
    if (name.tag().isEmpty()) {
      return scalar.span();
    }
    int start = name.registry().map(r -> r.length() + 1).orElse(0) + name.repository().length()
        + 1;
    return scalar.spanOf(start, start + name.tag().get().length());
  }

  /** The reference without tag and digest: {@code registry.example.com/shop/web}. */
  String repositoryText() {
    return name.registry().map(r -> r + "/").orElse("") + name.repository();
  }
}
