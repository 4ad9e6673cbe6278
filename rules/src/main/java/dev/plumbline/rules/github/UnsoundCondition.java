package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Binary;
import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.Literal;
import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.expr.Unary;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/**
 * An {@code if:} that is always true. When the value holds {@code ${{ }}} with any other text
 * around it, even the trailing newline of a block scalar, GitHub substitutes the expressions and
 * tests the resulting string, which is never empty; and a condition can be a constant, or
 * {@code || true} away from one.
 */
@Rule(id = "GHA016", name = "unsound-condition", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.ERROR, tags = {"correctness", "security"}, securitySeverity = 5.0,
    summary = "Condition of 'if:' is always true")
public final class UnsoundCondition implements GitHubRule {

  private enum Truth { TRUE, FALSE, UNKNOWN }

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    check(job.node(), "job '" + job.id() + "'", ctx);
  }

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    check(step.node(), "step '" + step.label() + "'", ctx);
  }

  private static void check(YamlMapping owner, String what, RuleContext ctx) {
    Optional<YamlScalar> condition = owner.scalar("if").filter(s -> !s.isNull());
    if (condition.isEmpty()) {
      return;
    }
    YamlScalar scalar = condition.get();
    String value = scalar.value();
    if (!Templates.containsExpression(value)) {
      Expressions.bareCondition(scalar).ifPresent(found -> checkConstant(scalar, found.expr(),
          what, ctx));
      return;
    }
    List<TemplateExpression> templates = Templates.find(value);
    if (templates.stream().anyMatch(t -> t.error().isPresent())) {
      return; // invalid-workflow reports the syntax
    }
    StringBuilder outside = new StringBuilder();
    StringBuilder substituted = new StringBuilder();
    int from = 0;
    for (TemplateExpression t : templates) {
      outside.append(value, from, t.start());
      substituted.append(value, from, t.start()).append("false");
      from = t.end();
    }
    outside.append(value.substring(from));
    substituted.append(value.substring(from));
    if (outside.length() == 0) {
      checkConstant(scalar, templates.get(0).expr().orElseThrow(), what, ctx);
    } else if (outside.toString().isBlank()) {
      ctx.report(scalar.span(), "the condition of " + what + " is always true: the whitespace "
              + "around ${{ }} (the trailing newline of a block scalar) stays in the value, so "
              + "GitHub tests the string '" + printable(value) + "', which is never empty",
          "write the condition on one line, 'if: ${{ ... }}', or use a block scalar that strips "
              + "the final newline ('|-' or '>-')");
    } else {
      ctx.report(scalar.span(), "the condition of " + what + " is always true: the text outside "
              + "${{ }} turns it into a string (such as '" + printable(substituted.toString()) + "'), "
              + "which is never empty, even when every expression is false",
          "put the whole condition inside one ${{ }}, or write it without ${{ }}");
    }
  }

  private static void checkConstant(YamlScalar scalar, Expr expr, String what, RuleContext ctx) {
    if (truth(expr) != Truth.TRUE) {
      return;
    }
    Expr culprit = culprit(expr);
    String text = scalar.value().substring(culprit.start(), culprit.end());
    ctx.report(scalar.spanOf(culprit.start(), culprit.end()), culprit == expr
            ? "the condition of " + what + " is the constant '" + text + "', always true: it "
                + "changes nothing"
            : "the condition of " + what + " is always true because of '" + text + "': the rest "
                + "of it is never looked at",
        culprit == expr ? "remove the 'if:'" : "remove '" + text + "', or the whole 'if:'");
  }

  /** The always-true operand of an {@code ||}, or the expression itself. */
  private static Expr culprit(Expr expr) {
    if (expr instanceof Binary b && b.op() == Binary.Operator.OR) {
      return truth(b.left()) == Truth.TRUE ? culprit(b.left()) : culprit(b.right());
    }
    return expr;
  }

  /** What a condition is known to be without running: constants and what follows from them. */
  private static Truth truth(Expr expr) {
    if (expr instanceof Literal l) {
      return truthy(l) ? Truth.TRUE : Truth.FALSE;
    }
    if (expr instanceof Unary u) {
      Truth t = truth(u.operand());
      return t == Truth.UNKNOWN ? t : t == Truth.TRUE ? Truth.FALSE : Truth.TRUE;
    }
    if (expr instanceof Binary b) {
      Truth left = truth(b.left());
      Truth right = truth(b.right());
      return switch (b.op()) {
        case OR -> left == Truth.TRUE || right == Truth.TRUE ? Truth.TRUE
            : left == Truth.FALSE && right == Truth.FALSE ? Truth.FALSE : Truth.UNKNOWN;
        case AND -> left == Truth.FALSE || right == Truth.FALSE ? Truth.FALSE
            : left == Truth.TRUE && right == Truth.TRUE ? Truth.TRUE : Truth.UNKNOWN;
        default -> Truth.UNKNOWN;
      };
    }
    return Truth.UNKNOWN;
  }

  /** GitHub's truthiness: false, 0, -0, NaN, '' and null are falsy. */
  private static boolean truthy(Literal literal) {
    Object v = literal.value();
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Double d) {
      return d != 0 && !d.isNaN();
    }
    return !v.toString().isEmpty();
  }

  private static String printable(String s) {
    return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }
}
