package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Flag;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code RUN --mount=type=cache,target=/root/.cache} option, split into its fields.
 *
 * @param flag    the {@code --mount} flag
 * @param options the comma-separated {@code key=value} fields (a field without {@code =} maps
 *                to an empty string); keys lower-cased as Docker reads them
 */
public record Mount(Flag flag, Map<String, String> options) {

  public Mount {
    options = Map.copyOf(options);
  }

  static Mount of(Flag flag) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String field : flag.valueText().orElse("").split(",")) {
      if (field.isBlank()) {
        continue;
      }
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
      options.putIfAbsent(key, eq < 0 ? "" : field.substring(eq + 1).strip());
    }
    return new Mount(flag, options);
  }

  /**
   * The mount type: {@code bind} (Docker's default), {@code cache}, {@code secret}, {@code ssh}
   * or {@code tmpfs}.
   */
  public String type() {
    return options.getOrDefault("type", "bind");
  }

  /** Where it is mounted ({@code target}, {@code dst} or {@code destination}). */
  public Optional<String> target() {
    for (String key : new String[] {"target", "dst", "destination"}) {
      if (options.containsKey(key)) {
        return Optional.of(options.get(key));
      }
    }
    return Optional.empty();
  }

  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }
}
