package dev.plumbline.rules.github;

import dev.plumbline.core.expr.BuiltinFunctions;
import dev.plumbline.core.expr.Call;
import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.ExprSyntaxError;
import dev.plumbline.core.expr.ExprSyntaxException;
import dev.plumbline.core.expr.ExpressionParser;
import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlWalker;

/** The {@code ${{ }}} checks of invalid-workflow: syntax, unknown functions, argument counts. */
final class ExpressionSyntax {

  private ExpressionSyntax() {}

  static void check(YamlNode root, RuleContext ctx) {
    YamlWalker.scalars(root, scalar -> {
      if (!scalar.value().contains("${{")) {
        return;
      }
      for (TemplateExpression template : Templates.find(scalar.value())) {
        template.error().ifPresent(error -> ctx.report(
            scalar.spanOf(error.start(), Math.min(Math.max(error.end(), error.start() + 1),
                scalar.value().length())),
            "invalid expression: " + error.message()));
        template.expr().ifPresent(expr -> checkCalls(scalar, expr, ctx));
      }
    });
  }

  /** An {@code if:} condition written without {@code ${{ }}}: the whole value is the expression. */
  static void checkBare(YamlScalar condition, RuleContext ctx) {
    String value = condition.value();
    try {
      checkCalls(condition, ExpressionParser.parse(value, 0), ctx);
    } catch (ExprSyntaxException e) {
      ExprSyntaxError error = e.error();
      int start = Math.min(error.start(), Math.max(0, value.length() - 1));
      ctx.report(condition.spanOf(start, Math.min(Math.max(error.end(), start + 1),
          value.length())), "invalid expression: " + error.message());
    }
  }

  private static String describe(BuiltinFunctions.Arity arity) {
    if (arity.max() == BuiltinFunctions.UNBOUNDED) {
      return "at least " + arguments(arity.min());
    }
    return arity.min() == arity.max() ? arguments(arity.min())
        : arity.min() + " to " + arguments(arity.max());
  }

  private static String arguments(int n) {
    return n + (n == 1 ? " argument" : " arguments");
  }

  private static void checkCalls(YamlScalar scalar, Expr expr, RuleContext ctx) {
    for (Expr node : expr.descendants()) {
      if (!(node instanceof Call call)) {
        continue;
      }
      var arity = BuiltinFunctions.lookup(call.name());
      if (arity.isEmpty()) {
        ctx.report(scalar.spanOf(call.nameStart(), call.nameEnd()), "unknown function '"
            + call.name() + "'" + Suggestions.didYouMean(call.name(), BuiltinFunctions.names()));
      } else if (!BuiltinFunctions.accepts(call.name(), call.arguments().size())) {
        ctx.report(scalar.spanOf(call.nameStart(), call.nameEnd()), "'" + call.name() + "' takes "
            + describe(arity.get()) + ", not " + call.arguments().size());
      }
    }
  }
}
