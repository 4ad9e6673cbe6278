package dev.plumbline.core.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Computes {@link Expr#contextPath()}: walks the receiver chain down to its root, iteratively. */
final class ContextPaths {

  /** The segment standing for any element: numeric and dynamic indexes, and filters. */
  static final String ANY = "*";

  private ContextPaths() {
  }

  static Optional<List<String>> of(Expr expr) {
    List<String> reversed = new ArrayList<>();
    Expr node = expr;
    while (true) {
      if (node instanceof ContextName c) {
        reversed.add(lower(c.name()));
        Collections.reverse(reversed);
        return Optional.of(Collections.unmodifiableList(reversed));
      } else if (node instanceof Property p) {
        reversed.add(lower(p.name()));
        node = p.receiver();
      } else if (node instanceof Filter f) {
        reversed.add(ANY);
        node = f.receiver();
      } else if (node instanceof Index i) {
        reversed.add(segmentFor(i.index()));
        node = i.receiver();
      } else {
        return Optional.empty();
      }
    }
  }

  /** A string literal names a key; anything else (a number, a computed value) any element. */
  private static String segmentFor(Expr index) {
    if (index instanceof Literal literal && literal.value() instanceof String key) {
      return lower(key);
    }
    return ANY;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
