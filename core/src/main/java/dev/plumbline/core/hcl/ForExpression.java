package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code [for v in coll : value if cond]} or {@code {for k, v in coll : key => value... if cond}}.
 *
 * @param keyVariable   the first name, when two are given
 * @param valueVariable the (last) name
 * @param collection    what is iterated
 * @param key           the key expression of an object {@code for}
 * @param value         the value expression
 * @param grouping      whether {@code ...} follows the value (object {@code for} only)
 * @param condition     the {@code if} expression
 * @param object        whether it builds an object ({@code {}}) rather than a tuple ({@code []})
 * @param span          from the opening to the closing bracket or brace
 */
public record ForExpression(Optional<Identifier> keyVariable, Identifier valueVariable,
    Expression collection, Optional<Expression> key, Expression value, boolean grouping,
    Optional<Expression> condition, boolean object, Span span) implements Expression {

  @Override
  public List<Expression> children() {
    List<Expression> children = new ArrayList<>();
    children.add(collection);
    key.ifPresent(children::add);
    children.add(value);
    condition.ifPresent(children::add);
    return children;
  }
}
