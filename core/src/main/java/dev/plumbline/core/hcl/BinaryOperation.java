package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.List;

/**
 * {@code left operator right}.
 *
 * @param left         the left operand
 * @param operator     a binary operator
 * @param right        the right operand
 * @param operatorSpan where the operator is
 * @param span         from the start of the left to the end of the right operand
 */
public record BinaryOperation(Expression left, Operator operator, Expression right,
    Span operatorSpan, Span span) implements Expression {

  @Override
  public List<Expression> children() {
    return List.of(left, right);
  }
}
