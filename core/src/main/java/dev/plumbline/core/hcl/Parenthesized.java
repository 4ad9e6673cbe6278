package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** {@code (expression)}; its span includes the parentheses. */
public record Parenthesized(Expression expression, Span span) implements Expression {

  @Override
  public List<Expression> children() {
    return List.of(expression);
  }

  @Override
  public Optional<String> stringValue() {
    return expression.stringValue();
  }

  @Override
  public Optional<BigDecimal> numberValue() {
    return expression.numberValue();
  }

  @Override
  public Optional<Boolean> boolValue() {
    return expression.boolValue();
  }

  @Override
  public boolean isNull() {
    return expression.isNull();
  }

  @Override
  public Optional<ScopeTraversal> traversal() {
    return expression.traversal();
  }
}
