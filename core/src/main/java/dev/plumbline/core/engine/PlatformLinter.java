package dev.plumbline.core.engine;

import dev.plumbline.core.source.FileKind;
import java.util.Set;

/** Parses the files of one platform, builds their model and walks the platform's rules over it. */
public interface PlatformLinter {

  Set<FileKind> kinds();

  /** The ID of the rule that reports unreadable files of this platform ({@code GHA000}...). */
  String invalidFileRuleId();

  /** Lints one file; never throws for bad input. */
  void lint(FileLint lint, FileKind kind);
}
