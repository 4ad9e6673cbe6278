package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps applied to the result of another expression: {@code f(x).id}, {@code (a)[0]},
 * {@code [1, 2][0]}.
 */
public record RelativeTraversal(Expression source, List<TraversalStep> steps, Span span)
    implements Expression {

  public RelativeTraversal {
    steps = List.copyOf(steps);
  }

  @Override
  public List<Expression> children() {
    List<Expression> children = new ArrayList<>();
    children.add(source);
    children.addAll(ScopeTraversal.indexKeys(steps));
    return children;
  }
}
