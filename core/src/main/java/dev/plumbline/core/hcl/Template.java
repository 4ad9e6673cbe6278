package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A string template: a quoted string ({@code "a-${var.x}"}), a heredoc, or in the JSON syntax
 * a JSON string.
 *
 * @param parts   literal text, interpolations and directives, in order; a template without
 *                content has one empty literal
 * @param span    the whole template, quotes or heredoc markers included
 * @param heredoc how the heredoc is written, for a heredoc
 */
public record Template(List<TemplatePart> parts, Span span, Optional<Heredoc> heredoc)
    implements Expression {

  public Template {
    parts = List.copyOf(parts);
  }

  /** The text, when the template has no interpolation or directive. */
  @Override
  public Optional<String> stringValue() {
    if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Literal literal) {
      return Optional.of(literal.value());
    }
    StringBuilder text = new StringBuilder();
    for (TemplatePart part : parts) {
      if (!(part instanceof TemplatePart.Literal literal)) {
        return Optional.empty();
      }
      text.append(literal.value());
    }
    return Optional.of(text.toString());
  }

  /**
   * The expression of a template that is a single interpolation and nothing else
   * ({@code "${var.x}"}), which HCL evaluates to the expression's value unconverted.
   */
  public Optional<Expression> unwrapped() {
    if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Interpolation interpolation) {
      return Optional.of(interpolation.expression());
    }
    return Optional.empty();
  }

  @Override
  public Optional<ScopeTraversal> traversal() {
    return unwrapped().flatMap(Expression::traversal);
  }

  @Override
  public List<Expression> children() {
    List<Expression> result = new ArrayList<>();
    collect(parts, result);
    return result;
  }

  static void collect(List<TemplatePart> parts, List<Expression> into) {
    for (TemplatePart part : parts) {
      into.addAll(part.expressions());
    }
  }
}
