package dev.plumbline.rules.common;

import java.util.Locale;
import java.util.Optional;

/**
 * An image reference given as plain text (in a Dockerfile, after global ARG defaults are
 * filled in), split the way Docker splits it: {@code [registry/]repository[:tag][@digest]},
 * with Docker Hub's implicit names made explicit. Shared by the Dockerfile rules (FROM) and the
 * Kubernetes rules (a container's {@code image}), so that both read references alike.
 *
 * @param registry   the registry host as written, if the reference names one
 * @param repository the path without registry, tag and digest
 * @param tag        the tag, if given
 * @param digest     the digest after {@code @}, if given
 */
public record ImageName(Optional<String> registry, String repository, Optional<String> tag,
    Optional<String> digest) {

  /** Docker Hub's canonical host, which every reference without a registry uses. */
  public static final String DOCKER_HUB = "docker.io";

  public static ImageName parse(String text) {
    int at = text.indexOf('@');
    String name = at < 0 ? text : text.substring(0, at);
    Optional<String> digest = at < 0 ? Optional.empty() : Optional.of(text.substring(at + 1));
    int colon = name.indexOf(':', name.lastIndexOf('/') + 1);
    Optional<String> tag = colon < 0 ? Optional.empty() : Optional.of(name.substring(colon + 1));
    String path = colon < 0 ? name : name.substring(0, colon);
    int slash = path.indexOf('/');
    if (slash > 0 && isRegistry(path.substring(0, slash))) {
      return new ImageName(Optional.of(path.substring(0, slash)), path.substring(slash + 1), tag,
          digest);
    }
    return new ImageName(Optional.empty(), path, tag, digest);
  }

  /** Docker's rule: the first component is a registry if it has a dot or port, or is localhost. */
  private static boolean isRegistry(String component) {
    return component.contains(".") || component.contains(":") || component.equals("localhost");
  }

  /**
   * The registry in lower case, Docker Hub's other names ({@code index.docker.io},
   * {@code registry-1.docker.io}, {@code hub.docker.com}) and no registry at all as
   * {@code docker.io}.
   */
  public String canonicalRegistry() {
    return registry.map(ImageName::canonicalHost).orElse(DOCKER_HUB);
  }

  /** {@code registry/repository}, with Docker Hub's {@code library/} for official images. */
  public String canonicalName() {
    String registry = canonicalRegistry();
    boolean official = registry.equals(DOCKER_HUB) && repository.indexOf('/') < 0;
    return registry + "/" + (official ? "library/" : "") + repository.toLowerCase(Locale.ROOT);
  }

  /** The reference as text again: {@code [registry/]repository[:tag][@digest]}. */
  public String reference() {
    return registry.map(r -> r + "/").orElse("") + repository + tag.map(t -> ":" + t).orElse("")
        + digest.map(d -> "@" + d).orElse("");
  }

  public static String canonicalHost(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "index.docker.io", "registry-1.docker.io", "hub.docker.com" -> DOCKER_HUB;
      default -> lower;
    };
  }
}
