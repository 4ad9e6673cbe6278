package dev.plumbline.core.expr;

import java.util.List;
import java.util.Objects;

/** An index access {@code receiver[index]}: {@code a['b']}, {@code a[0]}, {@code a[b.c]}. */
public record Index(int start, int end, Expr receiver, Expr index) implements Expr {

  public Index {
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public List<Expr> children() {
    return List.of(receiver, index);
  }
}
