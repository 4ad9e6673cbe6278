package dev.plumbline.core.engine.gitlab;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlDocument;
import dev.plumbline.core.yaml.YamlLimits;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlParser;
import dev.plumbline.core.yaml.YamlProblem;
import dev.plumbline.core.yaml.YamlStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline file read as YAML (anchors and {@code <<} merge keys applied, as GitLab does): its
 * pipeline mapping, after an optional {@code spec:} header, and what keeps GitLab from reading it.
 *
 * @param root     the pipeline mapping; empty when the file holds none
 * @param problems YAML errors and documents that are not a pipeline, each at its place
 */
record PipelineDocument(Optional<YamlMapping> root, List<Problem> problems) {

  /** Something that keeps GitLab from reading the file, at its place. */
  record Problem(Span span, String message) {}

  static PipelineDocument read(SourceFile file, YamlLimits limits) {
    YamlStream stream = new YamlParser(limits, true).parse(file);
    List<Problem> problems = new ArrayList<>();
    for (YamlProblem p : stream.problems()) {
      problems.add(new Problem(p.span(), p.message()));
    }
    if (stream.fatalProblem().isPresent()) {
      return new PipelineDocument(Optional.empty(), problems);
    }
    List<YamlDocument> documents = stream.documents();
    int index = hasSpecHeader(documents) ? 1 : 0;
    if (documents.size() <= index || documents.get(index).root().isNull()) {
      problems.add(new Problem(Span.at(file.position(0)), "the pipeline is empty"));
      return new PipelineDocument(Optional.empty(), problems);
    }
    if (documents.size() > index + 1) {
      problems.add(new Problem(documents.get(index + 1).root().span(), "a pipeline holds "
          + "one YAML document (after an optional spec: header), but this file has "
          + documents.size()));
    }
    if (!(documents.get(index).root() instanceof YamlMapping root)) {
      problems.add(new Problem(documents.get(index).root().span(),
          "a pipeline must be a mapping of keywords and jobs, not "
          + documents.get(index).root().kindName()));
      return new PipelineDocument(Optional.empty(), problems);
    }
    return new PipelineDocument(Optional.of(root), problems);
  }

  /** A CI/CD component or template with inputs: a {@code spec:} document, then the pipeline. */
  private static boolean hasSpecHeader(List<YamlDocument> documents) {
    return documents.size() > 1 && documents.get(0).root() instanceof YamlMapping m
        && m.has("spec") && m.size() == 1;
  }
}
