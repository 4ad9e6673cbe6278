package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;

/** {@code null}. */
public record NullLiteral(Span span) implements Expression {

  @Override
  public boolean isNull() {
    return true;
  }
}
