package dev.plumbline.core.yaml.schema;

import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expected shape of a YAML value, for "unknown key" and "wrong type" checks. Shapes are
 * built once per platform and shared.
 */
public sealed interface Shape {

  /** For messages: "a string", "a mapping", "a list of strings"... */
  String describe();

  /** Whether the node is of the kind this shape is about (scalar, mapping or sequence). */
  boolean kindMatches(YamlNode node);

  /** Any value at all. */
  Shape ANY = new AnyShape();
  /** Any non-null scalar (YAML numbers and booleans are fine where text is expected). */
  Shape STRING = new ScalarShape(ScalarShape.Kind.STRING);
  /** A boolean, or a string holding an expression that yields one. */
  Shape BOOLEAN = new ScalarShape(ScalarShape.Kind.BOOLEAN);
  /** A number, or a string holding an expression that yields one. */
  Shape NUMBER = new ScalarShape(ScalarShape.Kind.NUMBER);

  static Shape listOf(Shape item) {
    return new ListShape(item);
  }

  static Shape oneOf(Shape... alternatives) {
    return new OneOfShape(List.of(alternatives));
  }

  /** A mapping whose keys are names chosen by the user (env, jobs, services), all values alike. */
  static MapShape mapOf(String what, Shape values) {
    return new MapShape(what, Map.of(), Set.of(), values);
  }

  static MapShape.Builder mapping(String what) {
    return new MapShape.Builder(what);
  }

  /** Anything. */
  record AnyShape() implements Shape {
    @Override
    public String describe() {
      return "any value";
    }

    @Override
    public boolean kindMatches(YamlNode node) {
      return true;
    }
  }

  /** A scalar of a kind. */
  record ScalarShape(Kind kind) implements Shape {
    public enum Kind { STRING, BOOLEAN, NUMBER }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "a string";
        case BOOLEAN -> "true, false or an expression";
        case NUMBER -> "a number or an expression";
      };
    }

    @Override
    public boolean kindMatches(YamlNode node) {
      return node instanceof YamlScalar;
    }

    boolean accepts(YamlScalar s) {
      boolean expression = s.value().contains("${{");
      return switch (kind) {
        case STRING -> !s.isNull();
        case BOOLEAN -> s.type() == YamlScalar.Type.BOOL || expression;
        case NUMBER -> s.type() == YamlScalar.Type.INT || s.type() == YamlScalar.Type.FLOAT
            || expression;
      };
    }
  }

  /** A sequence of items of one shape. */
  record ListShape(Shape item) implements Shape {
    @Override
    public String describe() {
      return item instanceof AnyShape ? "a list" : "a list of " + plural(item.describe());
    }

    @Override
    public boolean kindMatches(YamlNode node) {
      return node instanceof YamlSequence;
    }

    private static String plural(String description) {
      return description.startsWith("a ") ? description.substring(2) + "s" : description;
    }
  }

  /** One of several shapes of different kinds; the node's kind picks the alternative. */
  record OneOfShape(List<Shape> alternatives) implements Shape {
    @Override
    public String describe() {
      List<String> names = new ArrayList<>();
      alternatives.forEach(a -> names.add(a.describe()));
      return names.size() <= 1 ? String.join("", names)
          : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    @Override
    public boolean kindMatches(YamlNode node) {
      return alternatives.stream().anyMatch(a -> a.kindMatches(node));
    }
  }

  /**
   * A mapping with known keys, or with free keys whose values share one shape.
   *
   * @param what      what the mapping is, for messages ("job", "step", "container")
   * @param keys      the allowed keys and their shapes, in documentation order
   * @param required  keys that must be present
   * @param freeValue for mappings of user-chosen names: the shape of every value; null otherwise
   */
  record MapShape(String what, Map<String, Shape> keys, Set<String> required, Shape freeValue)
      implements Shape {

    @Override
    public String describe() {
      return "a mapping";
    }

    @Override
    public boolean kindMatches(YamlNode node) {
      return node instanceof YamlMapping;
    }

    /** Builds a {@link MapShape} with known keys. */
    public static final class Builder {
      private final String what;
      private final Map<String, Shape> keys = new LinkedHashMap<>();
      private final Set<String> required = new LinkedHashSet<>();

      Builder(String what) {
        this.what = what;
      }

      public Builder key(String name, Shape shape) {
        keys.put(name, shape);
        return this;
      }

      public Builder required(String name, Shape shape) {
        required.add(name);
        return key(name, shape);
      }

      public MapShape build() {
        return new MapShape(what, Collections.unmodifiableMap(new LinkedHashMap<>(keys)),
            Collections.unmodifiableSet(new LinkedHashSet<>(required)), null);
      }
    }
  }
}
