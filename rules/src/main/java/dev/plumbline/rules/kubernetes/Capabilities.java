package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Linux capability names as written in {@code capabilities.add} and {@code drop}: container
 * runtimes accept them with or without the {@code CAP_} prefix and in any case, so
 * {@code cap_sys_admin} and {@code SYS_ADMIN} name the same capability.
 */
final class Capabilities {

  private Capabilities() {}

  /** The name without {@code CAP_}, in upper case: {@code cap_net_raw} becomes {@code NET_RAW}. */
  static String canonical(String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT);
    return upper.startsWith("CAP_") ? upper.substring(4) : upper;
  }

  /** The first of {@code written} that names one of {@code wanted} (canonical names). */
  static Optional<YamlScalar> find(List<YamlScalar> written, Set<String> wanted) {
    return written.stream().filter(s -> !s.isNull() && wanted.contains(canonical(s.value())))
        .findFirst();
  }
}
