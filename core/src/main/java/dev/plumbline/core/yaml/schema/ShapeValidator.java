package dev.plumbline.core.yaml.schema;

import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a YAML tree against a {@link Shape}: unknown keys (with a "did you mean"), missing
 * required keys, and values of the wrong kind. It reports what it sees and never stops early.
 */
public final class ShapeValidator {

  private ShapeValidator() {}

  /**
   * @param node   the value to check
   * @param shape  what it should be
   * @param label  how messages name the value, e.g. "'jobs'" or "job 'build'"
   * @param anchor where to point when something is missing: the value's key, usually
   */
  public static List<Violation> validate(YamlNode node, Shape shape, String label, Span anchor) {
    List<Violation> violations = new ArrayList<>();
    check(node, shape, label, anchor, violations);
    return violations;
  }

  private static void check(YamlNode node, Shape shape, String label, Span anchor,
      List<Violation> out) {
    if (shape instanceof Shape.AnyShape) {
      return;
    }
    if (shape instanceof Shape.OneOfShape oneOf) {
      for (Shape alternative : oneOf.alternatives()) {
        if (alternative.kindMatches(node)) {
          check(node, alternative, label, anchor, out);
          return;
        }
      }
      wrongType(node, shape, label, out);
      return;
    }
    if (!shape.kindMatches(node)) {
      wrongType(node, shape, label, out);
      return;
    }
    if (shape instanceof Shape.ScalarShape scalarShape && !scalarShape.accepts((YamlScalar) node)) {
      wrongType(node, shape, label, out);
    } else if (shape instanceof Shape.ListShape list) {
      List<YamlNode> items = ((YamlSequence) node).items();
      for (int i = 0; i < items.size(); i++) {
        check(items.get(i), list.item(), label + " item " + (i + 1), items.get(i).span(), out);
      }
    } else if (shape instanceof Shape.MapShape map) {
      checkMapping((YamlMapping) node, map, label, anchor, out);
    }
  }

  private static void checkMapping(YamlMapping node, Shape.MapShape shape, String label,
      Span anchor, List<Violation> out) {
    for (YamlMapping.Entry e : node.entries()) {
      String key = e.keyText();
      Shape valueShape = shape.keys().get(key);
      if (valueShape == null && shape.freeValue() != null) {
        valueShape = shape.freeValue();
      }
      if (valueShape == null) {
        out.add(new Violation(e.keySpan(), unknownKey(key, shape)));
        continue;
      }
      if (e.value().isNull() && !shape.required().contains(key)) {
        continue; // an empty optional key: GitHub and GitLab treat it as absent
      }
      String childLabel = shape.freeValue() != null && !shape.keys().containsKey(key)
          ? shape.what() + " '" + key + "'" : "'" + key + "'";
      check(e.value(), valueShape, childLabel, e.keySpan(), out);
    }
    for (String required : shape.required()) {
      if (node.get(required).filter(v -> !v.isNull()).isEmpty()) {
        out.add(new Violation(anchor, label + " has no '" + required + "'"));
      }
    }
  }

  private static String unknownKey(String key, Shape.MapShape shape) {
    if (key.equals("<<")) {
      return "merge keys (<<) are not supported here; repeat the keys or use an alias (*name) "
          + "for the whole value";
    }
    return "unknown key '" + key + "' in " + article(shape.what())
        + Suggestions.didYouMean(key, shape.keys().keySet());
  }

  private static void wrongType(YamlNode node, Shape shape, String label, List<Violation> out) {
    String actual = node instanceof YamlScalar s && s.isNull() ? "empty"
        : node instanceof YamlScalar s && s.type() == YamlScalar.Type.STRING
            ? "the string '" + abbreviate(s.value()) + "'" : node.kindName();
    out.add(new Violation(node.span(), label + " must be " + shape.describe() + ", not " + actual));
  }

  private static String abbreviate(String value) {
    String oneLine = value.replace('\n', ' ');
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }
}
