package dev.plumbline.core.hcl;

/** The unary and binary operators, with HCL's precedence levels (higher binds tighter). */
public enum Operator {
  NEGATE("-", 0),
  NOT("!", 0),
  MULTIPLY("*", 6),
  DIVIDE("/", 6),
  MODULO("%", 6),
  ADD("+", 5),
  SUBTRACT("-", 5),
  GREATER(">", 4),
  GREATER_OR_EQUAL(">=", 4),
  LESS("<", 4),
  LESS_OR_EQUAL("<=", 4),
  EQUAL("==", 3),
  NOT_EQUAL("!=", 3),
  AND("&&", 2),
  OR("||", 1);

  private final String symbol;
  private final int precedence;

  Operator(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  public String symbol() {
    return symbol;
  }

  /** 1 ({@code ||}) to 6 ({@code * / %}); 0 for the unary operators, which bind tightest. */
  public int precedence() {
    return precedence;
  }

  public boolean isUnary() {
    return precedence == 0;
  }
}
