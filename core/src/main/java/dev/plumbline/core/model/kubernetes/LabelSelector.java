package dev.plumbline.core.model.kubernetes;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A label selector: {@code matchLabels} and {@code matchExpressions} (In, NotIn, Exists,
 * DoesNotExist), or the plain map of a Service or ReplicationController selector. All terms must
 * hold; an empty selector matches every set of labels.
 */
public final class LabelSelector {

  /**
   * One {@code matchExpressions} term.
   *
   * @param key      the label key
   * @param operator {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist} as written
   * @param values   the values for {@code In} and {@code NotIn}
   */
  public record Expression(String key, String operator, List<String> values) {

    /** Whether the labels satisfy the term; an unknown operator matches nothing. */
    public boolean matches(Map<String, String> labels) {
      return switch (operator) {
        case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
        case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
        case "Exists" -> labels.containsKey(key);
        case "DoesNotExist" -> !labels.containsKey(key);
        default -> false;
      };
    }
  }

  private final YamlMapping node;
  private final Map<String, String> matchLabels;
  private final List<Expression> expressions;

  private LabelSelector(YamlMapping node, Map<String, String> matchLabels,
      List<Expression> expressions) {
    this.node = node;
    this.matchLabels = matchLabels;
    this.expressions = expressions;
  }

  /** A selector with {@code matchLabels} and {@code matchExpressions}. */
  public static LabelSelector of(YamlMapping node) {
    List<Expression> expressions = Nodes.mappings(node, "matchExpressions").stream()
        .map(e -> new Expression(e.string("key").orElse(""), e.string("operator").orElse(""),
            Nodes.strings(e, "values")))
        .toList();
    return new LabelSelector(node,
        Collections.unmodifiableMap(Nodes.stringMap(node.mapping("matchLabels"))), expressions);
  }

  /** A plain map selector ({@code Service.spec.selector}). */
  public static LabelSelector ofMap(YamlMapping node) {
    return new LabelSelector(node, Collections.unmodifiableMap(Nodes.stringMap(Optional.of(node))),
        List.of());
  }

  public YamlMapping node() {
    return node;
  }

  public Span span() {
    return node.span();
  }

  /** The {@code matchLabels} (or the plain map), in file order. */
  public Map<String, String> matchLabels() {
    return matchLabels;
  }

  public List<Expression> expressions() {
    return expressions;
  }

  /** Whether the selector has no terms (and so selects everything). */
  public boolean isEmpty() {
    return matchLabels.isEmpty() && expressions.isEmpty();
  }

  public boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    return expressions.stream().allMatch(x -> x.matches(labels));
  }
}
