package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Operator;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * HCL's operators over values: arithmetic and comparison on numbers (strings that hold numbers
 * are converted, as Terraform does), equality on any values, and the logical operators with
 * unknown operands decided where one operand settles the answer ({@code false && x} is false).
 */
final class Operators {

  private Operators() {}

  static Value unary(Operator operator, Value operand) {
    if (operator == Operator.NOT) {
      return operand.toBoolean().map(b -> Value.bool(!b)).orElse(Value.UNKNOWN);
    }
    return operand.toNumber().map(n -> Value.number(n.negate())).orElse(Value.UNKNOWN);
  }

  static Value binary(Operator operator, Value left, Value right) {
    return switch (operator) {
      case AND -> and(left, right);
      case OR -> or(left, right);
      case EQUAL -> equal(left, right).map(Value::bool).orElse(Value.UNKNOWN);
      case NOT_EQUAL -> equal(left, right).map(b -> Value.bool(!b)).orElse(Value.UNKNOWN);
      default -> numeric(operator, left, right);
    };
  }

  private static Value and(Value left, Value right) {
    Optional<Boolean> l = left.toBoolean();
    Optional<Boolean> r = right.toBoolean();
    if (l.filter(b -> !b).isPresent() || r.filter(b -> !b).isPresent()) {
      return Value.FALSE;
    }
    return l.isPresent() && r.isPresent() ? Value.TRUE : Value.UNKNOWN;
  }

  private static Value or(Value left, Value right) {
    Optional<Boolean> l = left.toBoolean();
    Optional<Boolean> r = right.toBoolean();
    if (l.filter(b -> b).isPresent() || r.filter(b -> b).isPresent()) {
      return Value.TRUE;
    }
    return l.isPresent() && r.isPresent() ? Value.FALSE : Value.UNKNOWN;
  }

  /** Equality when it can be decided: values of different kinds are never equal. */
  private static Optional<Boolean> equal(Value left, Value right) {
    if (!left.isWhollyKnown() || !right.isWhollyKnown()) {
      return Optional.empty();
    }
    return Optional.of(left.equals(right));
  }

  private static Value numeric(Operator operator, Value left, Value right) {
    Optional<BigDecimal> l = left.toNumber();
    Optional<BigDecimal> r = right.toNumber();
    if (l.isEmpty() || r.isEmpty()) {
      return Value.UNKNOWN;
    }
    BigDecimal a = l.get();
    BigDecimal b = r.get();
    try {
      return switch (operator) {
        case ADD -> Value.number(a.add(b));
        case SUBTRACT -> Value.number(a.subtract(b));
        case MULTIPLY -> Value.number(a.multiply(b));
        case DIVIDE -> b.signum() == 0 ? Value.UNKNOWN
            : Value.number(a.divide(b, Evaluator.division()));
        case MODULO -> b.signum() == 0 ? Value.UNKNOWN : Value.number(a.remainder(b));
        case GREATER -> Value.bool(a.compareTo(b) > 0);
        case GREATER_OR_EQUAL -> Value.bool(a.compareTo(b) >= 0);
        case LESS -> Value.bool(a.compareTo(b) < 0);
        case LESS_OR_EQUAL -> Value.bool(a.compareTo(b) <= 0);
        default -> Value.UNKNOWN;
      };
    } catch (ArithmeticException e) {
      return Value.UNKNOWN;
    }
  }
}
