package dev.plumbline.core.yaml;

import dev.plumbline.core.source.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * The result of parsing a YAML file: the documents read (all of them, or those before a syntax
 * error) and the problems found.
 */
public record YamlStream(SourceFile file, List<YamlDocument> documents, List<YamlProblem> problems) {

  public YamlStream {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  /** The problem that stopped parsing, if any: a syntax error or a limit. */
  public Optional<YamlProblem> fatalProblem() {
    return problems.stream().filter(p -> p.kind() != YamlProblem.Kind.DUPLICATE_KEY).findFirst();
  }
}
