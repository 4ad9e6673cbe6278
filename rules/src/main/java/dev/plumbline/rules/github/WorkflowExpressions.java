package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.ExprSyntaxException;
import dev.plumbline.core.expr.ExpressionParser;
import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Every expression of a workflow or action file: each {@code ${{ }}} in any value, and the
 * conditions of {@code if:} keys, which are expressions even when written without
 * {@code ${{ }}}. Expressions that do not parse are left to invalid-workflow.
 */
final class WorkflowExpressions {

  /** A parsed expression and the scalar it is in; the expression's offsets index its value. */
  record Found(YamlScalar scalar, Expr expr) {}

  private WorkflowExpressions() {}

  static List<Found> in(YamlNode root) {
    List<Found> found = new ArrayList<>();
    collect(root, false, found);
    return found;
  }

  private static void collect(YamlNode node, boolean condition, List<Found> found) {
    if (node instanceof YamlMapping m) {
      for (YamlMapping.Entry e : m.entries()) {
        collect(e.value(), e.keyText().equals("if"), found);
      }
    } else if (node instanceof YamlSequence s) {
      for (YamlNode item : s.items()) {
        collect(item, false, found);
      }
    } else if (node instanceof YamlScalar s && !s.isNull()) {
      String value = s.value();
      if (Templates.containsExpression(value)) {
        for (TemplateExpression t : Templates.find(value)) {
          t.expr().ifPresent(e -> found.add(new Found(s, e)));
        }
      } else if (condition && !value.isBlank()) {
        try {
          found.add(new Found(s, ExpressionParser.parse(value, 0)));
        } catch (ExprSyntaxException e) {
          // reported by invalid-workflow
        }
      }
    }
  }
}
