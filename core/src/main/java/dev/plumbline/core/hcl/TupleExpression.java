package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.List;

/** {@code [a, b, c]}; its span includes the brackets. */
public record TupleExpression(List<Expression> elements, Span span) implements Expression {

  public TupleExpression {
    elements = List.copyOf(elements);
  }

  @Override
  public List<Expression> children() {
    return elements;
  }
}
