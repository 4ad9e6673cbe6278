package dev.plumbline.core.yaml;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Visits every node below a root once, in document order. Aliased nodes are shared in the tree,
 * so a node reached twice is visited once: an alias bomb cannot make a walk explode.
 */
public final class YamlWalker {

  private YamlWalker() {}

  public static void walk(YamlNode root, Consumer<YamlNode> visitor) {
    Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<YamlNode> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      YamlNode node = stack.pop();
      if (!seen.add(node)) {
        continue;
      }
      visitor.accept(node);
      if (node instanceof YamlMapping m) {
        for (int i = m.entries().size() - 1; i >= 0; i--) {
          stack.push(m.entries().get(i).value());
          stack.push(m.entries().get(i).key());
        }
      } else if (node instanceof YamlSequence s) {
        for (int i = s.items().size() - 1; i >= 0; i--) {
          stack.push(s.items().get(i));
        }
      }
    }
  }

  /** Every scalar below a root, once each, in document order. */
  public static void scalars(YamlNode root, Consumer<YamlScalar> visitor) {
    walk(root, node -> {
      if (node instanceof YamlScalar s) {
        visitor.accept(s);
      }
    });
  }
}
