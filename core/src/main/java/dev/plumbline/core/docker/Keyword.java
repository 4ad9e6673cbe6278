package dev.plumbline.core.docker;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The instructions Docker knows, with the flags each accepts (as in BuildKit's Dockerfile
 * frontend, including the flags of its labs channel so that files using them are not rejected).
 */
public enum Keyword {
  ADD(Map.of("chown", FlagType.STRING, "chmod", FlagType.STRING, "link", FlagType.BOOLEAN,
      "keep-git-dir", FlagType.BOOLEAN, "checksum", FlagType.STRING, "exclude", FlagType.STRINGS,
      "unpack", FlagType.BOOLEAN)),
  ARG(Map.of("required", FlagType.BOOLEAN)),
  CMD(Map.of()),
  COPY(Map.of("chown", FlagType.STRING, "chmod", FlagType.STRING, "from", FlagType.STRING,
      "link", FlagType.BOOLEAN, "parents", FlagType.BOOLEAN, "exclude", FlagType.STRINGS)),
  ENTRYPOINT(Map.of()),
  ENV(Map.of()),
  EXPOSE(Map.of()),
  FROM(Map.of("platform", FlagType.STRING)),
  HEALTHCHECK(Map.of("interval", FlagType.STRING, "timeout", FlagType.STRING,
      "start-period", FlagType.STRING, "start-interval", FlagType.STRING,
      "retries", FlagType.STRING)),
  LABEL(Map.of()),
  MAINTAINER(Map.of()),
  ONBUILD(Map.of()),
  RUN(Map.of("mount", FlagType.STRINGS, "network", FlagType.STRING, "security", FlagType.STRING,
      "device", FlagType.STRINGS)),
  SHELL(Map.of()),
  STOPSIGNAL(Map.of()),
  USER(Map.of()),
  VOLUME(Map.of()),
  WORKDIR(Map.of());

  private final Map<String, FlagType> flags;

  Keyword(Map<String, FlagType> flags) {
    this.flags = flags;
  }

  /** The flags the instruction accepts, by name without {@code --}. */
  public Map<String, FlagType> flags() {
    return flags;
  }

  /** The instruction a keyword names, in any case ({@code run}, {@code Run}). */
  public static Optional<Keyword> of(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    for (Keyword k : values()) {
      if (k.name().equals(upper)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** Whether the instruction can take here-documents ({@code RUN <<EOF}). */
  public boolean takesHeredocs() {
    return this == RUN || this == COPY || this == ADD;
  }
}
