package dev.plumbline.rules.docker;

import dev.plumbline.rules.common.ImageName;
import java.util.List;
import java.util.Locale;

/**
 * The registries base images may come from, as the {@code allowed-registries} option lists them:
 * a host ({@code docker.io}, {@code registry.example.com:5000}), a wildcard host
 * ({@code *.dkr.ecr.eu-west-1.amazonaws.com}), or a host with a path prefix
 * ({@code ghcr.io/my-org}, {@code docker.io/library} for Docker Hub's official images only).
 * Hosts compare in any case, and Docker Hub's other names count as {@code docker.io}.
 */
final class RegistryPolicy {

  private record Entry(String host, String path) {}

  private final List<Entry> entries;

  RegistryPolicy(List<String> allowed) {
    this.entries = allowed.stream().map(String::strip).filter(s -> !s.isEmpty())
        .map(RegistryPolicy::entry).toList();
  }

  private static Entry entry(String text) {
    String trimmed = text.replaceAll("/+$", "");
    int slash = trimmed.indexOf('/');
    String host = slash < 0 ? trimmed : trimmed.substring(0, slash);
    String path = slash < 0 ? "" : trimmed.substring(slash + 1).toLowerCase(Locale.ROOT);
    return new Entry(host.startsWith("*.") ? host.toLowerCase(Locale.ROOT)
        : ImageName.canonicalHost(host), path);
  }

  /** Whether an image whose name is known is allowed. */
  boolean allows(ImageName image) {
    String host = image.canonicalRegistry();
    String name = image.canonicalName();
    String path = name.substring(name.indexOf('/') + 1);
    return entries.stream().anyMatch(e -> hostMatches(e, host)
        && (e.path().isEmpty() || path.equals(e.path()) || path.startsWith(e.path() + "/")));
  }

  /**
   * Whether an image from this registry host may be allowed, when only its host is known: some
   * entry names the host, with or without a path.
   */
  boolean mayAllow(String host) {
    return entries.stream().anyMatch(e -> hostMatches(e, host));
  }

  private static boolean hostMatches(Entry entry, String host) {
    if (entry.host().startsWith("*.")) {
      return host.endsWith(entry.host().substring(1));
    }
    return entry.host().equals(host);
  }

  @Override
  public String toString() {
    return String.join(", ", entries.stream()
        .map(e -> e.path().isEmpty() ? e.host() : e.host() + "/" + e.path()).toList());
  }
}
