package dev.plumbline.core.engine;

import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.source.FileKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses the files of one platform, builds their model and walks the platform's rules over it. */
public interface PlatformLinter {

  Set<FileKind> kinds();

  /** The platform whose rules this linter runs. */
  Platform platform();

  /**
   * Other platforms whose rules also run on this linter's files, such as the script rules for
   * the shell scripts a linter extracts.
   */
  default Set<Platform> extraPlatforms() {
    return Set.of();
  }

  /** The ID of the rule that reports unreadable files of this platform ({@code GHA000}...). */
  default String invalidFileRuleId() {
    return platform().invalidFileRuleId();
  }

  /**
   * Whether the path makes a file only a candidate whose content decides (Kubernetes YAML). The
   * engine then reports nothing for candidates it cannot read as text, and counts a candidate as
   * linted only when the linter did not {@linkplain FileLint#decline() decline} it.
   */
  default boolean decidesByContent() {
    return false;
  }

  /**
   * Files of the run this platform reads whatever their names say, because other files of the
   * run name them (the files a {@code .gitlab-ci.yml} includes). Called once per run, before
   * classification, with everything discovery found; never throws for bad input.
   *
   * @return the claimed files' absolute paths and the kinds they are linted as
   */
  default Map<Path, FileKind> claims(List<DiscoveredFile> files) {
    return Map.of();
  }

  /** Lints one file; never throws for bad input. */
  void lint(FileLint lint, FileKind kind);
}
