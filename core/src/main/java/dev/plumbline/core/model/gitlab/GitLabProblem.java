package dev.plumbline.core.model.gitlab;

import dev.plumbline.core.source.Span;

/**
 * Something GitLab would reject while resolving a pipeline: an {@code extends} or
 * {@code !reference} naming nothing, an {@code extends} cycle.
 *
 * @param span        where the offending name is written
 * @param message     what is wrong, in one sentence
 * @param unknownName whether a name was not found, which an included file may still define
 */
public record GitLabProblem(Span span, String message, boolean unknownName) {}
