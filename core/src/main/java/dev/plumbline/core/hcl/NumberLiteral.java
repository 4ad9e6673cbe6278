package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number: {@code 42}, {@code 1.5}, {@code 1e3}.
 *
 * @param value the number
 * @param text  as written
 * @param span  where
 */
public record NumberLiteral(BigDecimal value, String text, Span span) implements Expression {

  @Override
  public Optional<BigDecimal> numberValue() {
    return Optional.of(value);
  }
}
