package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.ExprSyntaxException;
import dev.plumbline.core.expr.ExpressionParser;
import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an {@code if:} value: a bare expression, or text with {@code ${{ }}}. Offsets of the
 * expressions are offsets into the scalar's value, so {@link YamlScalar#spanOf} maps them.
 */
final class Conditions {

  private Conditions() {}

  /** The parsed expressions of a condition; none if it does not parse (invalid-workflow's). */
  static List<Expr> parse(YamlScalar condition) {
    String value = condition.value();
    List<Expr> exprs = new ArrayList<>();
    if (Templates.containsExpression(value)) {
      for (TemplateExpression t : Templates.find(value)) {
        t.expr().ifPresent(exprs::add);
      }
      return exprs;
    }
    if (value.isBlank()) {
      return exprs;
    }
    try {
      exprs.add(ExpressionParser.parse(value, 0));
    } catch (ExprSyntaxException e) {
      // reported by the expression-syntax rule
    }
    return exprs;
  }
}
