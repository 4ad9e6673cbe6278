package dev.plumbline.core.expr;

import java.util.List;
import java.util.Optional;

/**
 * A node of a parsed GitHub Actions expression. Every node knows its span: {@link #start()}
 * (inclusive) and {@link #end()} (exclusive) in the string that was scanned.
 *
 * <p>A node's span covers its own source text, from its first token to its last. Parentheses
 * have no node of their own: parentheses around a child lie inside the parent's span but outside
 * the child's, so in {@code (a || b) && c} the {@code ||} node spans {@code a || b} and the
 * {@code &&} node spans the whole text.
 */
public sealed interface Expr permits Literal, ContextName, Property, Index, Filter, Call, Unary,
    Binary {

  /** Index of the node's first character. */
  int start();

  /** Index just past the node's last character. */
  int end();

  /** The direct children, in source order. */
  List<Expr> children();

  /**
   * For a pure property-access chain rooted at a context name, the lower-cased path. Numeric
   * indexes, {@code *} filters and dynamic (non-literal) indexes appear as {@code "*"};
   * string-literal indexes as their (lower-cased) key:
   *
   * <ul>
   *   <li>{@code github.event['issue'].title} is {@code [github, event, issue, title]}
   *   <li>{@code github.event.commits[0].message} and {@code github.event.commits.*.message} are
   *       {@code [github, event, commits, *, message]}
   * </ul>
   *
   * <p>Empty for anything else: literals, calls, operators, or a chain rooted at one of them.
   */
  default Optional<List<String>> contextPath() {
    return ContextPaths.of(this);
  }

  /** This node and every node below it, depth-first, each parent before its children. */
  default List<Expr> descendants() {
    return ExprTree.preOrder(this);
  }
}
