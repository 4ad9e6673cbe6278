package dev.plumbline.core.expr;

import java.util.stream.Collectors;

/** Renders a tree as a compact S-expression, so tests can state its shape in one line. */
final class Sexpr {

  private Sexpr() {
  }

  static String of(Expr expr) {
    if (expr instanceof Literal l) {
      return l.text();
    } else if (expr instanceof ContextName c) {
      return c.name();
    } else if (expr instanceof Property p) {
      return "(. " + of(p.receiver()) + " " + p.name() + ")";
    } else if (expr instanceof Index i) {
      return "([] " + of(i.receiver()) + " " + of(i.index()) + ")";
    } else if (expr instanceof Filter f) {
      return "(* " + of(f.receiver()) + ")";
    } else if (expr instanceof Call c) {
      String args = c.arguments().stream().map(Sexpr::of).collect(Collectors.joining(" "));
      return "(" + c.name() + "()" + (args.isEmpty() ? "" : " " + args) + ")";
    } else if (expr instanceof Unary u) {
      return "(! " + of(u.operand()) + ")";
    } else if (expr instanceof Binary b) {
      return "(" + b.op().symbol() + " " + of(b.left()) + " " + of(b.right()) + ")";
    }
    throw new AssertionError(expr);
  }

  static String parse(String text) {
    try {
      return of(ExpressionParser.parse(text, 0));
    } catch (ExprSyntaxException e) {
      throw new AssertionError("did not parse: " + text + ": " + e.error(), e);
    }
  }
}
