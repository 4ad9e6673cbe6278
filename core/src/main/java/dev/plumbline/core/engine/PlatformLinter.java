package dev.plumbline.core.engine;

import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.source.FileKind;
import java.util.Set;

/** Parses the files of one platform, builds their model and walks the platform's rules over it. */
public interface PlatformLinter {

  Set<FileKind> kinds();

  /** The platform whose rules this linter runs. */
  Platform platform();

  /**
   * Other platforms whose rules also run over this linter's files, such as the script rules
   * over the scripts it extracts.
   */
  default Set<Platform> extraPlatforms() {
    return Set.of();
  }

  /** The ID of the rule that reports unreadable files of this platform ({@code GHA000}...). */
  default String invalidFileRuleId() {
    return platform().invalidFileRuleId();
  }

  /** Lints one file; never throws for bad input. */
  void lint(FileLint lint, FileKind kind);
}
