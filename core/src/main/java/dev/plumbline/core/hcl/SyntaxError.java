package dev.plumbline.core.hcl;

/**
 * A syntax error that ends the current top-level item: the parser records the problem and
 * resumes at the next top-level block after {@link #resumeAfter}.
 */
final class SyntaxError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final transient HclProblem problem;
  /** An offset of the lexer's text; parsing resumes on a later line. */
  final int resumeAfter;

  SyntaxError(HclProblem problem, int resumeAfter) {
    super(problem.message(), null, false, false);
    this.problem = problem;
    this.resumeAfter = resumeAfter;
  }
}
