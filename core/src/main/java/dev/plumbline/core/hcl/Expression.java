package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An expression of the HCL expression language, as written (nothing is evaluated). Each knows
 * its span and its direct sub-expressions; the helpers read the value of a literal without
 * evaluating anything else.
 */
public sealed interface Expression permits NumberLiteral, BoolLiteral, NullLiteral, Template,
    ScopeTraversal, RelativeTraversal, Splat, SplatItem, FunctionCall, TupleExpression,
    ObjectExpression, ForExpression, Conditional, UnaryOperation, BinaryOperation,
    Parenthesized, InvalidExpression {

  /** Where the expression is written. */
  Span span();

  /** The direct sub-expressions, in source order. */
  default List<Expression> children() {
    return List.of();
  }

  /**
   * Calls {@code action} for this expression and every expression inside it, outside in and in
   * source order. Iterative, so that a long operator chain cannot exhaust the stack.
   */
  default void walk(Consumer<Expression> action) {
    Deque<Expression> pending = new ArrayDeque<>();
    pending.push(this);
    while (!pending.isEmpty()) {
      Expression next = pending.pop();
      action.accept(next);
      List<Expression> children = next.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
  }

  /** The string, when this is a string without interpolations or directives. */
  default Optional<String> stringValue() {
    return Optional.empty();
  }

  /** The number, when this is a number literal (or its negation). */
  default Optional<BigDecimal> numberValue() {
    return Optional.empty();
  }

  /** The boolean, when this is {@code true} or {@code false}. */
  default Optional<Boolean> boolValue() {
    return Optional.empty();
  }

  /** Whether this is {@code null}. */
  default boolean isNull() {
    return false;
  }

  /** Whether the value is known without evaluating anything: a string, number, bool or null. */
  default boolean isLiteral() {
    return stringValue().isPresent() || numberValue().isPresent() || boolValue().isPresent()
        || isNull();
  }

  /**
   * This expression as a reference such as {@code var.x}, looking through parentheses and a
   * template that is only an interpolation ({@code "${var.x}"}).
   */
  default Optional<ScopeTraversal> traversal() {
    return Optional.empty();
  }
}
