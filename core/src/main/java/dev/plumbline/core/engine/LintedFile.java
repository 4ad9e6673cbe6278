package dev.plumbline.core.engine;

import dev.plumbline.core.source.FileKind;
import java.util.List;
import java.util.Objects;

/**
 * A file the run linted, for reports that list every file, clean ones included (JUnit).
 *
 * @param path    as in {@link dev.plumbline.core.rule.Finding#path()}
 * @param kind    what the file was read as
 * @param ruleIds the rules that applied to it, by ID
 */
public record LintedFile(String path, FileKind kind, List<String> ruleIds) {

  public LintedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    ruleIds = List.copyOf(ruleIds);
  }
}
