package dev.plumbline.core.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code ${{ }}} expressions in a string (a workflow value, a {@code run:} script) and
 * parses each one.
 *
 * <p>Like the GitHub Actions runner, an expression ends at the first {@code }}} that is not
 * inside a single-quoted string literal, so {@code ${{ format('{{0}}', x) }}} is one expression.
 * A {@code ${} not followed by {@code {{} is plain text.
 */
public final class Templates {

  static final String OPEN = "${{";
  static final String CLOSE = "}}";

  private Templates() {
  }

  /** Every {@code ${{ }}} in order, parsed or with the reason it did not parse. */
  public static List<TemplateExpression> find(String value) {
    List<TemplateExpression> found = new ArrayList<>();
    int from = 0;
    int start;
    while ((start = value.indexOf(OPEN, from)) >= 0) {
      TemplateExpression expression = scan(value, start);
      found.add(expression);
      from = expression.end();
    }
    return Collections.unmodifiableList(found);
  }

  /** True if the value holds at least one {@code ${{} (closed or not). */
  public static boolean containsExpression(String value) {
    return value.contains(OPEN);
  }

  /**
   * The single expression if the value, trimmed, is exactly one closed {@code ${{ }}} and
   * nothing else, whether or not it parsed; otherwise empty.
   */
  public static Optional<TemplateExpression> whole(String value) {
    List<TemplateExpression> all = find(value);
    if (all.size() != 1) {
      return Optional.empty();
    }
    TemplateExpression only = all.get(0);
    boolean alone = only.terminated()
        && value.substring(0, only.start()).isBlank()
        && value.substring(only.end()).isBlank();
    return alone ? Optional.of(only) : Optional.empty();
  }

  private static TemplateExpression scan(String value, int start) {
    int innerStart = start + OPEN.length();
    int close = closingBraces(value, innerStart);
    if (close < 0) {
      String inner = value.substring(innerStart);
      String message = opensString(inner)
          ? "unterminated ${{: a string literal inside it is not closed"
          : "unterminated ${{";
      return new TemplateExpression(start, value.length(), innerStart, value.length(), inner,
          Optional.empty(), Optional.of(new ExprSyntaxError(start, value.length(), message)));
    }
    String inner = value.substring(innerStart, close);
    int end = close + CLOSE.length();
    try {
      Expr expr = ExpressionParser.parse(inner, innerStart);
      return new TemplateExpression(start, end, innerStart, close, inner, Optional.of(expr),
          Optional.empty());
    } catch (ExprSyntaxException e) {
      return new TemplateExpression(start, end, innerStart, close, inner, Optional.empty(),
          Optional.of(e.error()));
    }
  }

  /** Index of the first {@code }}} at or after {@code from} outside a string literal, or -1. */
  private static int closingBraces(String value, int from) {
    boolean inString = false;
    for (int i = from; i + 1 < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\'') {
        inString = !inString; // '' (an escaped quote) toggles twice, which is right
      } else if (!inString && c == '}' && value.charAt(i + 1) == '}') {
        return i;
      }
    }
    return -1;
  }

  private static boolean opensString(String text) {
    return text.chars().filter(c -> c == '\'').count() % 2 == 1;
  }
}
