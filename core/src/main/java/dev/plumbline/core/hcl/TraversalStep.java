package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.Optional;

/** One step of a traversal: {@code .name} or {@code [key]} (or the legacy {@code .0}). */
public sealed interface TraversalStep permits TraversalStep.GetAttr, TraversalStep.Index {

  /** The whole step, the dot or brackets included. */
  Span span();

  /**
   * {@code .name}.
   *
   * @param name     the attribute name
   * @param nameSpan where the name is
   * @param span     from the dot to the end of the name
   */
  record GetAttr(String name, Span nameSpan, Span span) implements TraversalStep {}

  /**
   * {@code [key]}, or the legacy {@code .0} form.
   *
   * @param key    the key expression (a number literal for the legacy form)
   * @param legacy whether written {@code .0}
   * @param span   from the bracket or dot to the end of the key
   */
  record Index(Expression key, boolean legacy, Span span) implements TraversalStep {

    /** The key as text when it is a literal string or number: {@code "0"}, {@code "name"}. */
    public Optional<String> constantKey() {
      Optional<String> text = key.stringValue();
      if (text.isPresent()) {
        return text;
      }
      return key.numberValue().map(n -> n.stripTrailingZeros().toPlainString());
    }
  }
}
