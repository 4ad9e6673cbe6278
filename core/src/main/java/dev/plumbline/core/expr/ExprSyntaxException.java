package dev.plumbline.core.expr;

import java.util.Objects;

/** Thrown by {@link ExpressionParser} for text that is not a valid expression. */
public final class ExprSyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  private final ExprSyntaxError error;

  public ExprSyntaxException(ExprSyntaxError error) {
    // Syntax errors in scanned files are expected data, not bugs: no stack trace is worth its cost.
    super(Objects.requireNonNull(error, "error").message(), null, false, false);
    this.error = error;
  }

  ExprSyntaxException(int start, int end, String message) {
    this(new ExprSyntaxError(start, end, message));
  }

  /** The message and the span of the problem. */
  public ExprSyntaxError error() {
    return error;
  }
}
