package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.ImageRef;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.rules.common.ImageName;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The image a stage builds on when it is pulled from a registry: not {@code scratch}, and not an
 * earlier stage ({@code FROM build}). Carries the reference as written and, where the global ARG
 * defaults make it known, as a plain {@code docker build} reads it.
 *
 * @param stage the stage whose FROM names the image
 * @param ref   the reference as written, with spans
 * @param name  the reference with variables filled in; empty when a variable has no known value
 */
record BaseImage(Stage stage, ImageRef ref, Optional<ImageName> name) {

  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@-]*");

  /** The stage's base image if it is pulled from a registry. */
  static Optional<BaseImage> of(Stage stage, GlobalArgs args) {
    Optional<ImageRef> image = stage.image();
    if (image.isEmpty() || stage.baseStage().isPresent() || image.get().isScratch()) {
      return Optional.empty();
    }
    ImageRef ref = image.get();
    if (!looksLikeReference(ref)) {
      return Optional.empty(); // a template placeholder or a typo: not an image to judge
    }
    Optional<ImageName> name = args.resolve(ref.text()).map(ImageName::parse);
    if (name.isPresent() && ref.hasVariables() && refersToStage(stage, name.get())) {
      return Optional.empty();
    }
    return Optional.of(new BaseImage(stage, ref, name));
  }

  /**
   * Whether the reference, variables aside, is made of what Docker allows: a lower-case
   * repository path, and letters, digits, {@code . _ - : @} in the rest.
   */
  private static boolean looksLikeReference(ImageRef ref) {
    String text = withoutVariables(ref.text());
    String repository = withoutVariables(ref.repository().text());
    return REFERENCE.matcher(text).matches()
        && repository.equals(repository.toLowerCase(Locale.ROOT));
  }

  /** The text with each {@code $NAME} and {@code ${...}} (nested braces too) replaced by x. */
  private static String withoutVariables(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int depth = 0;
        int j = i + 1;
        for (; j < text.length(); j++) {
          char x = text.charAt(j);
          if (x == '{') {
            depth++;
          } else if (x == '}' && --depth == 0) {
            break;
          }
        }
        i = j + 1;
        out.append('x');
      } else if (c == '$') {
        i++;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
            || text.charAt(i) == '_')) {
          i++;
        }
        out.append('x');
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Whether a variable made the reference {@code scratch} or the name of an earlier stage. */
  private static boolean refersToStage(Stage stage, ImageName name) {
    if (name.registry().isPresent() || name.tag().isPresent() || name.digest().isPresent()) {
      return false;
    }
    String reference = name.repository().toLowerCase(Locale.ROOT);
    return reference.equals("scratch") || stage.dockerfile().stages().stream()
        .filter(s -> s.index() < stage.index())
        .anyMatch(s -> s.name().filter(reference::equals).isPresent());
  }

  /**
   * Whether a variable may stand for the end of the image's name, and so for a tag or digest
   * too: {@code ${BASE_IMAGE}}, {@code ${REGISTRY}/${IMAGE}}.
   */
  boolean nameEndsInVariable() {
    String repository = ref.repository().text();
    String last = repository.substring(repository.lastIndexOf('/') + 1);
    return ref.isVariable() || ref.tag().isEmpty() && last.contains("$");
  }

  /**
   * The registry host in canonical form ({@code docker.io} for Docker Hub), when it is known:
   * from the filled-in reference, or from the written one when no variable stands before the
   * repository's first {@code /}.
   */
  Optional<String> registry() {
    if (name.isPresent()) {
      return Optional.of(name.get().canonicalRegistry());
    }
    if (ref.registry().isPresent()) {
      Word registry = ref.registry().get();
      return registry.hasVariables() ? Optional.empty()
          : Optional.of(ImageName.canonicalHost(registry.value()));
    }
    String repository = ref.repository().text();
    int slash = repository.indexOf('/');
    String first = slash < 0 ? repository : repository.substring(0, slash);
    return ref.isVariable() || first.contains("$") ? Optional.empty()
        : Optional.of(ImageName.DOCKER_HUB);
  }

  /** The reference as written, for messages. */
  String text() {
    return ref.text();
  }
}
