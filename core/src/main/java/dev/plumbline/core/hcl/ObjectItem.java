package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.Optional;

/**
 * One {@code key = value} (or {@code key: value}) of an object.
 *
 * @param key   the key: a bare name is a {@link ScopeTraversal} without steps, which HCL reads as
 *              the literal name; {@code (expr)} is a {@link Parenthesized} key to evaluate
 * @param value the value
 * @param span  from the key to the end of the value
 */
public record ObjectItem(Expression key, Expression value, Span span) {

  /**
   * The key as text when it is known without evaluating anything: a bare name, a literal string,
   * number or bool.
   */
  public Optional<String> keyName() {
    if (key instanceof ScopeTraversal traversal && traversal.steps().isEmpty()) {
      return Optional.of(traversal.root());
    }
    if (key instanceof Parenthesized) {
      return key.stringValue();
    }
    Optional<String> text = key.stringValue();
    if (text.isPresent()) {
      return text;
    }
    Optional<String> number = key.numberValue().map(n -> n.stripTrailingZeros().toPlainString());
    if (number.isPresent()) {
      return number;
    }
    return key.boolValue().map(String::valueOf);
  }
}
