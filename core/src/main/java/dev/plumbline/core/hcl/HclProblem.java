package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;

/**
 * Something wrong with an HCL file, as Terraform would reject it.
 *
 * @param kind    syntax error, repeated attribute, or a limit that was hit
 * @param span    where
 * @param message what, in one sentence, with how to fix it where that is clear
 */
public record HclProblem(Kind kind, Span span, String message) {

  /** What kind of problem. */
  public enum Kind {
    /** The text is not HCL; the parser skipped to the next top-level block. */
    SYNTAX,
    /** A body sets the same attribute twice. */
    DUPLICATE_ATTRIBUTE,
    /** Nesting deeper than the parser follows; it skipped to the next top-level block. */
    LIMIT
  }
}
