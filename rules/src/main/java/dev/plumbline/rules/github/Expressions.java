package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Call;
import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.ExprSyntaxException;
import dev.plumbline.core.expr.ExpressionParser;
import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import dev.plumbline.core.yaml.YamlWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed expressions of a workflow or action file, or of a part of one: every
 * {@code ${{ }}} that parsed, and the conditions of {@code if:} keys, which are expressions even
 * without {@code ${{ }}}. Offsets of each {@link Expr} are indexes into its scalar's value, so
 * {@link YamlScalar#spanOf} maps them. Expressions that do not parse are left to
 * invalid-workflow.
 */
final class Expressions {

  private Expressions() {}

  /** An expression and the scalar it is written in. */
  record Found(YamlScalar scalar, Expr expr) {}

  /** Every expression of a file: under {@code root}, with the condition of every {@code if:}. */
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
    } else if (node instanceof YamlSequence seq) {
      for (YamlNode item : seq.items()) {
        collect(item, false, found);
      }
    } else if (node instanceof YamlScalar s && !s.isNull()) {
      List<Expr> exprs = condition ? condition(s) : templates(s.value());
      exprs.forEach(e -> found.add(new Found(s, e)));
    }
  }

  /**
   * The expressions under {@code node}; {@code conditions} are the mappings whose own
   * {@code if:} is read as a bare condition (a job, its steps).
   */
  static List<Found> under(YamlNode node, List<YamlMapping> conditions) {
    List<Found> found = new ArrayList<>();
    YamlWalker.scalars(node, scalar ->
        templates(scalar.value()).forEach(e -> found.add(new Found(scalar, e))));
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
   * The expressions of an {@code if:} value: a bare expression, or those of its
   * {@code ${{ }}}; none if it does not parse.
   */
  static List<Expr> condition(YamlScalar condition) {
    if (Templates.containsExpression(condition.value())) {
      return templates(condition.value());
    }
    return bareCondition(condition).map(f -> List.of(f.expr())).orElse(List.of());
  }

  /**
   * The {@code if:} of a job or step as one expression: a bare expression or one whole
   * {@code ${{ }}}; empty when it mixes text with {@code ${{ }}} or does not parse (other rules
   * report those).
   */
  static Optional<Expr> ifCondition(YamlMapping owner) {
    Optional<YamlScalar> condition = owner.scalar("if").filter(s -> !s.isNull());
    if (condition.isEmpty()) {
      return Optional.empty();
    }
    String text = condition.get().value();
    if (Templates.containsExpression(text)) {
      return Templates.whole(text).flatMap(TemplateExpression::expr);
    }
    return bareCondition(condition.get()).map(Found::expr);
  }

  /** Whether the expression calls the function {@code name} ({@code always}...). */
  static boolean calls(Expr expr, String name) {
    return expr.descendants().stream()
        .anyMatch(e -> e instanceof Call c && c.name().equalsIgnoreCase(name));
  }

  private static List<Expr> templates(String value) {
    if (!Templates.containsExpression(value)) {
      return List.of();
    }
    List<Expr> exprs = new ArrayList<>();
    for (TemplateExpression t : Templates.find(value)) {
      t.expr().ifPresent(exprs::add);
    }
    return exprs;
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
