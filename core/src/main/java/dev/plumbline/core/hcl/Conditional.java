package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.List;

/** {@code condition ? whenTrue : whenFalse}. */
public record Conditional(Expression condition, Expression whenTrue, Expression whenFalse,
    Span span) implements Expression {

  @Override
  public List<Expression> children() {
    return List.of(condition, whenTrue, whenFalse);
  }
}
