package dev.plumbline.core.expr;

import java.util.List;
import java.util.Objects;

/** Logical negation {@code !operand}, the language's only unary operator. */
public record Unary(int start, int end, Expr operand) implements Expr {

  public Unary {
    Objects.requireNonNull(operand, "operand");
  }

  @Override
  public List<Expr> children() {
    return List.of(operand);
  }
}
