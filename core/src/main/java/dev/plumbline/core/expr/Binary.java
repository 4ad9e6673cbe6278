package dev.plumbline.core.expr;

import java.util.List;
import java.util.Objects;

/** A binary operation {@code left op right}. */
public record Binary(int start, int end, Operator op, Expr left, Expr right) implements Expr {

  /** The binary operators, each with its symbol. */
  public enum Operator {
    OR("||"), AND("&&"), EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** The operator as written, such as {@code "&&"}. */
    public String symbol() {
      return symbol;
    }
  }

  public Binary {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }
}
