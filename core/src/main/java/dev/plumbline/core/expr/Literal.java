package dev.plumbline.core.expr;

import java.util.List;
import java.util.Objects;

/**
 * A literal value.
 *
 * @param kind  which kind of literal
 * @param text  the literal as written, quotes included for strings
 * @param value {@code null} for {@link Kind#NULL}, a {@link Boolean}, a {@link Double} for every
 *              number (hexadecimal and octal included; {@code NaN} and {@code Infinity} too), or
 *              the unescaped {@link String}
 */
public record Literal(int start, int end, Kind kind, String text, Object value) implements Expr {

  /** The kinds of literal the expression language has. */
  public enum Kind {
    NULL, BOOLEAN, NUMBER, STRING
  }

  public Literal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }
}
