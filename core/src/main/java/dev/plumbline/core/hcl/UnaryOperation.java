package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code -operand} or {@code !operand}.
 *
 * @param operator     {@link Operator#NEGATE} or {@link Operator#NOT}
 * @param operand      what it applies to
 * @param operatorSpan where the operator is
 * @param span         from the operator to the end of the operand
 */
public record UnaryOperation(Operator operator, Expression operand, Span operatorSpan, Span span)
    implements Expression {

  @Override
  public List<Expression> children() {
    return List.of(operand);
  }

  /** A negated number literal such as {@code -1} is a number. */
  @Override
  public Optional<BigDecimal> numberValue() {
    return operator == Operator.NEGATE ? operand.numberValue().map(BigDecimal::negate)
        : Optional.empty();
  }
}
