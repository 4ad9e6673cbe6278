package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.Optional;

/** {@code true} or {@code false}. */
public record BoolLiteral(boolean value, Span span) implements Expression {

  @Override
  public Optional<Boolean> boolValue() {
    return Optional.of(value);
  }
}
