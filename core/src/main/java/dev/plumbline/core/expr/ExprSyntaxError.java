package dev.plumbline.core.expr;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why an expression did not parse, and where.
 *
 * @param start   index of the first offending character in the scanned string
 * @param end     index just past the offending text; equal to {@code start} when the problem is
 *                something missing (such as the end of the expression reached too early)
 * @param message a lower-case sentence fragment suitable for a finding, such as
 *                {@code "unterminated string literal"}
 */
public record ExprSyntaxError(int start, int end, String message) implements Serializable {

  public ExprSyntaxError {
    Objects.requireNonNull(message, "message");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span " + start + ".." + end);
    }
  }
}
