package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.ExprSyntaxException;
import dev.plumbline.core.expr.ExpressionParser;
import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed expressions of a part of a file: every {@code ${{ }}} that parsed, and the bare
 * conditions of {@code if:} keys (an expression even without {@code ${{ }}}). Offsets of each
 * {@link Expr} are indexes into its scalar's value.
 */
final class Expressions {

  private Expressions() {}

  /** An expression and the scalar it is written in. */
  record Found(YamlScalar scalar, Expr expr) {}

  /**
   * The expressions under {@code node}; {@code conditions} are the mappings whose own
   * {@code if:} is read as a bare condition (a job, its steps).
   */
  static List<Found> under(YamlNode node, List<YamlMapping> conditions) {
    List<Found> found = new ArrayList<>();
    YamlWalker.scalars(node, scalar -> {
      if (Templates.containsExpression(scalar.value())) {
        for (TemplateExpression t : Templates.find(scalar.value())) {
          t.expr().ifPresent(e -> found.add(new Found(scalar, e)));
        }
      }
    });
    for (YamlMapping owner : conditions) {
      owner.scalar("if").flatMap(Expressions::bareCondition)
          .ifPresent(found::add);
    }
    return found;
  }

  /** An {@code if:} written without {@code ${{ }}}, parsed; empty if it has one or is invalid. */
  static Optional<Found> bareCondition(YamlScalar condition) {
    String value = condition.value();
    if (condition.isNull() || value.isBlank() || Templates.containsExpression(value)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Found(condition, ExpressionParser.parse(value, 0)));
    } catch (ExprSyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The {@code context.name} access of a chain rooted at {@code context}, such as
   * {@code needs.build} of {@code needs.build.outputs.version}: the node whose path is exactly
   * two long; empty for any other node, and for dynamic names ({@code needs.*}).
   */
  static Optional<String> member(Expr node, String context) {
    Optional<List<String>> path = node.contextPath();
    if (path.isEmpty() || path.get().size() != 2 || !path.get().get(0).equals(context)
        || path.get().get(1).equals("*")) {
      return Optional.empty();
    }
    return Optional.of(path.get().get(1));
  }
}
