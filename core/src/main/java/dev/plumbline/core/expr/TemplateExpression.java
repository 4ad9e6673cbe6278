package dev.plumbline.core.expr;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code ${{ ... }}} inside a string. Offsets are indexes into the string that was scanned.
 * Exactly one of {@link #expr()} and {@link #error()} is present.
 *
 * @param start      index of the {@code $} of {@code ${{}
 * @param end        index just past the closing {@code }}}, or the string's length if unterminated
 * @param innerStart index just past {@code ${{}
 * @param innerEnd   index of the closing {@code }}}, or the string's length if unterminated
 * @param inner      the text between, untrimmed
 * @param expr       the parsed expression, if it parsed
 * @param error      why it did not parse, including an unterminated {@code ${{}
 */
public record TemplateExpression(int start, int end, int innerStart, int innerEnd, String inner,
    Optional<Expr> expr, Optional<ExprSyntaxError> error) {

  public TemplateExpression {
    Objects.requireNonNull(inner, "inner");
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(error, "error");
    if (expr.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("exactly one of expr and error must be present");
    }
  }

  /** True if a {@code }}} closes it. */
  public boolean terminated() {
    return end - innerEnd == Templates.CLOSE.length();
  }
}
