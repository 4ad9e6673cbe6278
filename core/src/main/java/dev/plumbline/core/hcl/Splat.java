package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.List;

/**
 * A splat: {@code source[*].name[0]} (full: every step after {@code [*]} applies to each
 * element) or {@code source.*.name} (attribute-only: only the attribute steps right after it
 * do).
 *
 * @param source     the collection
 * @param full       {@code [*]} rather than {@code .*}
 * @param each       what is computed for every element: a {@link SplatItem} (the element), or
 *                   an expression built on it, such as a {@link RelativeTraversal} from it
 * @param markerSpan where {@code [*]} or {@code .*} is
 * @param span       from the source to the end of the last step that applies to each element
 */
public record Splat(Expression source, boolean full, Expression each, Span markerSpan, Span span)
    implements Expression {

  /**
   * The steps applied to each element, when {@link #each()} is the element or plain steps from
   * it ({@code a[*].b.c} gives {@code [.b, .c]}); empty for other forms, such as a splat of a
   * splat.
   */
  public List<TraversalStep> steps() {
    if (each instanceof RelativeTraversal traversal && traversal.source() instanceof SplatItem) {
      return traversal.steps();
    }
    return List.of();
  }

  @Override
  public List<Expression> children() {
    return List.of(source, each);
  }
}
