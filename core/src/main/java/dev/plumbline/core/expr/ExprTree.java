package dev.plumbline.core.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Walks expression trees without recursion, so that long operator or property chains (which
 * make left-deep trees) cannot overflow the stack.
 */
final class ExprTree {

  private ExprTree() {
  }

  /** The node and all nodes below it, each parent before its children, children in order. */
  static List<Expr> preOrder(Expr root) {
    List<Expr> out = new ArrayList<>();
    Deque<Expr> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Expr node = pending.pop();
      out.add(node);
      List<Expr> children = node.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The first node found deeper than {@code maxDepth} (the root being at depth 1), or {@code null}
   * when the tree is shallow enough.
   */
  static Expr firstDeeperThan(Expr root, int maxDepth) {
    Deque<Expr> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(1);
    while (!nodes.isEmpty()) {
      Expr node = nodes.pop();
      int depth = depths.pop();
      if (depth > maxDepth) {
        return node;
      }
      for (Expr child : node.children()) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
    return null;
  }
}
