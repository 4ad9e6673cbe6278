package dev.plumbline.core.yaml;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A YAML scalar: its value after quoting, escapes, folding and chomping, how it was written, and
 * a map from every character of the value back to the file, so that a finding about a part of a
 * value (an expression inside a {@code run: |} script) can point at exactly that part.
 */
public final class YamlScalar extends YamlNodeBase {

  /** YAML 1.2 core schema types, as resolved for plain scalars; quoted scalars are strings. */
  public enum Type {
    NULL, BOOL, INT, FLOAT, STRING,
    /** An explicit tag the core schema does not know, such as {@code !reference}. */
    OTHER
  }

  private final SourceFile file;
  private final int contentEnd;
  private final String value;
  private final ScalarStyle style;
  private volatile ScalarSourceMap sourceMap;

  YamlScalar(SourceFile file, Span span, int contentEnd, String value, ScalarStyle style, String tag,
      boolean customTag) {
    super(span, tag, customTag);
    this.file = file;
    this.contentEnd = contentEnd;
    this.value = value;
    this.style = style;
  }

  public String value() {
    return value;
  }

  public ScalarStyle style() {
    return style;
  }

  /** Where the scalar is written, including quotes and a block scalar's header. */
  @Override
  public Span span() {
    return super.span();
  }

  public Type type() {
    return switch (tag()) {
      case Tags.NULL -> Type.NULL;
      case Tags.BOOL -> Type.BOOL;
      case Tags.INT -> Type.INT;
      case Tags.FLOAT -> Type.FLOAT;
      case Tags.STR -> Type.STRING;
      default -> Type.OTHER;
    };
  }

  public boolean isPlain() {
    return style == ScalarStyle.PLAIN;
  }

  /** The boolean value of {@code true}/{@code false} (any case YAML allows). */
  public Optional<Boolean> asBoolean() {
    return type() == Type.BOOL ? Optional.of(value.equalsIgnoreCase("true")) : Optional.empty();
  }

  /** The value of a decimal, octal ({@code 0o}) or hexadecimal ({@code 0x}) integer. */
  public OptionalLong asLong() {
    if (type() != Type.INT) {
      return OptionalLong.empty();
    }
    try {
      String v = value.startsWith("+") ? value.substring(1) : value;
      if (v.startsWith("0x")) {
        return OptionalLong.of(Long.parseLong(v.substring(2), 16));
      }
      if (v.startsWith("0o")) {
        return OptionalLong.of(Long.parseLong(v.substring(2), 8));
      }
      return OptionalLong.of(Long.parseLong(v));
    } catch (NumberFormatException e) {
      return OptionalLong.empty(); // out of range
    }
  }

  /**
   * The source span of the value's characters {@code [start, end)}. Falls back to the whole
   * scalar when the value cannot be mapped character by character.
   */
  public Span spanOf(int start, int end) {
    if (start < 0 || end > value.length() || start > end) {
      throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + value.length());
    }
    ScalarSourceMap map = sourceMap();
    if (!map.exact()) {
      return span();
    }
    if (value.isEmpty()) {
      return Span.at(span().start());
    }
    if (start == end) {
      return Span.at(file.position(start < value.length() ? map.start(start) : map.end(start - 1)));
    }
    return file.span(map.start(start), map.end(end - 1));
  }

  /** Whether {@link #spanOf} is exact for this scalar. */
  public boolean hasExactSourceMap() {
    return sourceMap().exact();
  }

  private ScalarSourceMap sourceMap() {
    ScalarSourceMap map = sourceMap;
    if (map == null) {
      map = ScalarSourceMap.build(file.text(), span().start().offset(), contentEnd, style, value);
      sourceMap = map;
    }
    return map;
  }

  @Override
  public String kindName() {
    return switch (type()) {
      case NULL -> "null";
      case BOOL -> "a boolean";
      case INT, FLOAT -> "a number";
      case STRING, OTHER -> "a string";
    };
  }

  @Override
  public String toString() {
    return "scalar" + span() + "'" + value + "'";
  }
}
