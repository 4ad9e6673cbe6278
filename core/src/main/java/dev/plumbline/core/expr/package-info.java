/**
 * GitHub Actions expressions: finding {@code ${{ }}} in a string ({@link
 * dev.plumbline.core.expr.Templates}), parsing the text inside into a positioned AST ({@link
 * dev.plumbline.core.expr.ExpressionParser}, {@link dev.plumbline.core.expr.Expr}) and knowing the
 * built-in functions ({@link dev.plumbline.core.expr.BuiltinFunctions}).
 *
 * <p>The grammar follows the GitHub Actions runner's expression parser, from highest to lowest
 * precedence: {@code ( )}, {@code [ ]} and {@code .}; {@code !}; {@code < <= > >=}; {@code == !=};
 * {@code &&}; {@code ||}. Binary operators are left-associative.
 *
 * <p>Offsets: every node, error and template carries {@code start} (inclusive) and {@code end}
 * (exclusive) indexes into the string that was scanned, in UTF-16 code units, so that callers can
 * map them back to file positions.
 */
package dev.plumbline.core.expr;
