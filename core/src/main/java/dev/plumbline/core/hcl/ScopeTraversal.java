package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reference to a variable of the scope, with attribute and index steps: {@code var.x},
 * {@code aws_s3_bucket.logs.id}, {@code local.list[0].name}.
 *
 * @param root     the variable name, such as {@code var} or {@code aws_s3_bucket}
 * @param rootSpan where the root name is
 * @param steps    the steps after it, in order
 * @param span     from the root to the end of the last step
 */
public record ScopeTraversal(String root, Span rootSpan, List<TraversalStep> steps, Span span)
    implements Expression {

  public ScopeTraversal {
    steps = List.copyOf(steps);
  }

  /**
   * The root and the attribute names that follow it, up to the first index step:
   * {@code var.x} gives {@code [var, x]}, {@code aws_instance.web[0].id} gives
   * {@code [aws_instance, web]}.
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(root);
    for (TraversalStep step : steps) {
      if (!(step instanceof TraversalStep.GetAttr attr)) {
        break;
      }
      names.add(attr.name());
    }
    return names;
  }

  /**
   * The root and every step with a constant key as text: {@code aws_instance.web[0].id} gives
   * {@code [aws_instance, web, 0, id]}; empty when a step's key is not a literal.
   */
  public Optional<List<String>> path() {
    List<String> path = new ArrayList<>();
    path.add(root);
    for (TraversalStep step : steps) {
      if (step instanceof TraversalStep.GetAttr attr) {
        path.add(attr.name());
      } else {
        Optional<String> key = ((TraversalStep.Index) step).constantKey();
        if (key.isEmpty()) {
          return Optional.empty();
        }
        path.add(key.get());
      }
    }
    return Optional.of(path);
  }

  @Override
  public List<Expression> children() {
    return indexKeys(steps);
  }

  @Override
  public Optional<ScopeTraversal> traversal() {
    return Optional.of(this);
  }

  static List<Expression> indexKeys(List<TraversalStep> steps) {
    List<Expression> keys = new ArrayList<>();
    for (TraversalStep step : steps) {
      if (step instanceof TraversalStep.Index index && !index.legacy()) {
        keys.add(index.key());
      }
    }
    return keys;
  }
}
