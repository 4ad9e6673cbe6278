package dev.plumbline.core.model.gitlab;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlNode;

/**
 * Something GitLab would reject while resolving a pipeline: an {@code extends} or
 * {@code !reference} naming nothing, an {@code extends} cycle, a local include naming no file.
 *
 * @param node        the node at fault: it decides the file ({@link Pipeline#fileOf})
 * @param span        where the offending name is written, inside the file of {@code node}
 * @param message     what is wrong, in one sentence
 * @param unknownName whether a name was not found, which a file the pipeline includes from
 *                    outside the repository may still define
 */
public record GitLabProblem(YamlNode node, Span span, String message, boolean unknownName) {

  public GitLabProblem(YamlNode node, String message, boolean unknownName) {
    this(node, node.span(), message, unknownName);
  }
}
