package dev.plumbline.core.expr;

import java.util.List;
import java.util.Objects;

/**
 * A bare identifier at the root of an expression, naming a context such as {@code github},
 * {@code secrets}, {@code env}, {@code inputs}, {@code matrix}, {@code steps}, {@code needs},
 * {@code vars}, {@code job}, {@code runner}, {@code strategy} or {@code jobs}. The parser does not
 * check the name against a list: an unknown context is for a rule to report.
 *
 * @param name the identifier as written (context names are case-insensitive)
 */
public record ContextName(int start, int end, String name) implements Expr {

  public ContextName {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }
}
