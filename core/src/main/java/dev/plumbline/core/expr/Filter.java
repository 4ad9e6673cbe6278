package dev.plumbline.core.expr;

import java.util.List;
import java.util.Objects;

/**
 * An object filter {@code receiver.*} (also written {@code receiver[*]}): the array of the
 * receiver's elements, or of its property values. The span ends after the {@code *} or the
 * {@code ]}.
 */
public record Filter(int start, int end, Expr receiver) implements Expr {

  public Filter {
    Objects.requireNonNull(receiver, "receiver");
  }

  @Override
  public List<Expr> children() {
    return List.of(receiver);
  }
}
