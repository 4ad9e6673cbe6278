package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Call;
import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.ExprSyntaxException;
import dev.plumbline.core.expr.ExpressionParser;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;

/**
 * The parsed {@code if:} of a job or step: a bare expression or one whole {@code ${{ }}}.
 * Conditions that mix text with {@code ${{ }}} or do not parse are left unread (other rules
 * report them).
 */
final class IfCondition {

  private IfCondition() {}

  /** The {@code if:} of a job or step, parsed. */
  static Optional<Expr> of(YamlMapping owner) {
    Optional<YamlScalar> condition = owner.scalar("if").filter(s -> !s.isNull());
    if (condition.isEmpty()) {
      return Optional.empty();
    }
    String text = condition.get().value();
    if (Templates.containsExpression(text)) {
      return Templates.whole(text).flatMap(t -> t.expr());
    }
    try {
      return Optional.of(ExpressionParser.parse(text, 0));
    } catch (ExprSyntaxException e) {
      return Optional.empty();
    }
  }

  /** Whether the condition calls the status function {@code name}: {@code always}... */
  static boolean calls(Expr expr, String name) {
    return expr.descendants().stream()
        .anyMatch(e -> e instanceof Call c && c.name().equalsIgnoreCase(name));
  }
}
