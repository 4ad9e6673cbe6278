package dev.plumbline.core.rule;

import dev.plumbline.core.source.FileKind;
import java.util.Optional;

/** What a {@link TextRule} knows of the file besides its text, and where it reports. */
public interface TextContext extends RuleContext {

  /** What the file was linted as; empty for a file linted outside the engine's runs. */
  Optional<FileKind> kind();

  /**
   * Whether another rule tagged {@code tag} already reported a finding in this file whose span
   * touches {@code line}: a rule of the file's platform, a script rule, or a text rule that ran
   * before this one. Lets a broad rule stay silent where a precise one has spoken.
   */
  boolean reported(int line, String tag);
}
