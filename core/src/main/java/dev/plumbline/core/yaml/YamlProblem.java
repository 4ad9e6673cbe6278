package dev.plumbline.core.yaml;

import dev.plumbline.core.source.Span;

/**
 * Something wrong with a YAML text.
 *
 * @param kind    syntax error, duplicate key, or a safety limit that was hit
 * @param span    where
 * @param message what, in one sentence
 */
public record YamlProblem(Kind kind, Span span, String message) {

  public enum Kind {
    /** The text is not YAML; parsing stopped here. */
    SYNTAX,
    /** A mapping repeats a key. */
    DUPLICATE_KEY,
    /** Alias count, nesting depth or size over the configured limit; parsing stopped here. */
    LIMIT
  }
}
