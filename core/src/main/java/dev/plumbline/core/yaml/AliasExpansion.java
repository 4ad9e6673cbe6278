package dev.plumbline.core.yaml;

import dev.plumbline.core.source.Span;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Measures a document as a walk over it sees it, each alias a copy of the node it names: how
 * many nodes the aliases add and how deep the collections nest. The tree shares aliased nodes,
 * so building it is cheap whatever the aliases say; a rule that walks it still visits a shared
 * node once per alias, and a billion laughs of ninety aliases would keep it busy for hours. One
 * pass, each node measured once, and never deeper on the stack than the depth limit.
 */
final class AliasExpansion {

  private final YamlLimits limits;
  /** Per node measured: the nodes a walk from it visits, and how deep its collections nest. */
  private final Map<YamlNode, long[]> measured = new IdentityHashMap<>();
  private long added;

  private AliasExpansion(YamlLimits limits) {
    this.limits = limits;
  }

  /** The first limit the document breaks, as a problem at its place; empty if none. */
  static Optional<YamlProblem> check(YamlNode root, YamlLimits limits) {
    try {
      new AliasExpansion(limits).measure(root, 0, root);
      return Optional.empty();
    } catch (Exceeded e) {
      return Optional.of(e.problem);
    }
  }

  /**
   * @param depth  how many collections hold {@code node}
   * @param holder the collection holding {@code node}, where an alias to it is written
   * @return the node's size and height
   */
  private long[] measure(YamlNode node, int depth, YamlNode holder) {
    long[] known = measured.get(node);
    if (known != null) {
      // a second way to the node: an alias
      added = Math.min(added + known[0], Long.MAX_VALUE / 2);
      if (added > limits.maxAliasNodes()) {
        throw new Exceeded(holder.span(), String.format(Locale.ROOT,
            "aliases make this document more than %,d nodes larger when read (possible alias "
                + "bomb; limit max-yaml-alias-nodes)", limits.maxAliasNodes()));
      }
      checkDepth(depth + known[1], holder.span());
      return known;
    }
    List<YamlNode> children = children(node);
    long size = 1;
    long height = 0;
    if (children != null) {
      checkDepth(depth + 1, node.span());
      for (YamlNode child : children) {
        long[] m = measure(child, depth + 1, node);
        size = Math.min(size + m[0], Long.MAX_VALUE / 2);
        height = Math.max(height, m[1]);
      }
      height++;
    }
    long[] result = {size, height};
    measured.put(node, result);
    return result;
  }

  private void checkDepth(long depth, Span at) {
    if (depth > limits.maxDepth()) {
      throw new Exceeded(at, String.format(Locale.ROOT, "nesting is deeper than %,d levels "
          + "once aliases are read (limit max-yaml-depth)", limits.maxDepth()));
    }
  }

  /** A collection's keys and values, in order; null for a scalar. */
  private static List<YamlNode> children(YamlNode node) {
    if (node instanceof YamlSequence s) {
      return s.items();
    }
    if (node instanceof YamlMapping m) {
      return m.entries().stream().<YamlNode>mapMulti((e, out) -> {
        out.accept(e.key());
        out.accept(e.value());
      }).toList();
    }
    return null;
  }

  private static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient YamlProblem problem;

    Exceeded(Span at, String message) {
      super(null, null, false, false);
      this.problem = new YamlProblem(YamlProblem.Kind.LIMIT, Span.at(at.start()), message);
    }
  }
}
