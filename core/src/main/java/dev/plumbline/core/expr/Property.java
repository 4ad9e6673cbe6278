package dev.plumbline.core.expr;

import java.util.List;
import java.util.Objects;

/**
 * A property dereference {@code receiver.name}.
 *
 * @param name      the property name as written (property names are case-insensitive)
 * @param nameStart index of the name's first character
 * @param nameEnd   index just past the name
 */
public record Property(int start, int end, Expr receiver, String name, int nameStart, int nameEnd)
    implements Expr {

  public Property {
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public List<Expr> children() {
    return List.of(receiver);
  }
}
