package dev.plumbline.core.model.terraform;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What Plumbline knows of the value of a Terraform expression: a string, number, bool, null,
 * list (tuples and sets too) or map (objects too), or {@link #UNKNOWN} when it cannot be known
 * without running Terraform (resource attributes, data sources, files, functions it does not
 * evaluate). A list or map may be known while some of its elements are not.
 *
 * <p>Rules ask questions whose answer is certain: {@link #isTrue()} is "definitely true",
 * {@link #isFalse()} "definitely false"; for an unknown value both are false, so a rule that
 * reports only on certain answers never reports on what it cannot see. The scalar questions
 * follow Terraform's automatic conversions: the string {@code "true"} is true where a bool is
 * expected, the number {@code 5} is the string {@code "5"} where a string is.
 *
 * <p>Values are immutable and bounded: one that would nest deeper than {@link #MAX_DEPTH} or
 * weigh more than {@link #MAX_WEIGHT} (elements plus string length in units of 16 characters)
 * is {@link #UNKNOWN} instead. Map keys are kept sorted, as Terraform iterates them.
 */
public final class Value {

  /** The deepest a list or map may nest. */
  public static final int MAX_DEPTH = 64;
  /** The most a value may weigh: each element counts 1, each string 1 per 16 characters. */
  public static final long MAX_WEIGHT = 200_000;

  /** What kind of value. */
  public enum Kind {
    UNKNOWN,
    NULL,
    STRING,
    NUMBER,
    BOOL,
    /** A list, tuple or set: an ordered sequence. */
    LIST,
    /** A map or object: string keys, sorted. */
    MAP
  }

  public static final Value UNKNOWN = new Value(Kind.UNKNOWN, null, 0, 1, false);
  public static final Value NULL = new Value(Kind.NULL, null, 0, 1, true);
  public static final Value TRUE = new Value(Kind.BOOL, Boolean.TRUE, 0, 1, true);
  public static final Value FALSE = new Value(Kind.BOOL, Boolean.FALSE, 0, 1, true);

  private final Kind kind;
  private final Object value;
  private final int depth;
  private final long weight;
  private final boolean whollyKnown;

  private Value(Kind kind, Object value, int depth, long weight, boolean whollyKnown) {
    this.kind = kind;
    this.value = value;
    this.depth = depth;
    this.weight = weight;
    this.whollyKnown = whollyKnown;
  }

  public static Value string(String text) {
    long weight = 1 + text.length() / 16;
    return weight > MAX_WEIGHT ? UNKNOWN : new Value(Kind.STRING, text, 0, weight, true);
  }

  /** A number; {@link #UNKNOWN} for one too large or too precise to be a Terraform number. */
  public static Value number(BigDecimal number) {
    BigDecimal n = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    int digits = n.precision();
    int exponent = digits - n.scale();
    if (digits > 200 || exponent > 400 || exponent < -400) {
      return UNKNOWN;
    }
    return new Value(Kind.NUMBER, n, 0, 1, true);
  }

  public static Value number(long number) {
    return number(BigDecimal.valueOf(number));
  }

  public static Value bool(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** A list of the elements, which may be unknown. */
  public static Value list(List<Value> elements) {
    List<Value> copy = List.copyOf(elements);
    int depth = 0;
    long weight = 1;
    boolean known = true;
    for (Value element : copy) {
      depth = Math.max(depth, element.depth + 1);
      weight += element.weight;
      known &= element.whollyKnown;
    }
    if (depth > MAX_DEPTH || weight > MAX_WEIGHT) {
      return UNKNOWN;
    }
    return new Value(Kind.LIST, copy, depth, weight, known);
  }

  /** A map of the entries, whose values may be unknown; keys are sorted. */
  public static Value map(Map<String, Value> entries) {
    SortedMap<String, Value> copy = new TreeMap<>(entries);
    int depth = 0;
    long weight = 1;
    boolean known = true;
    for (Map.Entry<String, Value> e : copy.entrySet()) {
      depth = Math.max(depth, e.getValue().depth + 1);
      weight += e.getValue().weight + 1 + e.getKey().length() / 16;
      known &= e.getValue().whollyKnown;
    }
    if (depth > MAX_DEPTH || weight > MAX_WEIGHT) {
      return UNKNOWN;
    }
    return new Value(Kind.MAP, Collections.unmodifiableSortedMap(copy), depth, weight, known);
  }

  public Kind kind() {
    return kind;
  }

  /** Whether the value itself is known (a list or map may still hold unknown elements). */
  public boolean isKnown() {
    return kind != Kind.UNKNOWN;
  }

  public boolean isUnknown() {
    return kind == Kind.UNKNOWN;
  }

  /** Whether the value and everything in it is known. */
  public boolean isWhollyKnown() {
    return whollyKnown;
  }

  /** Whether the value is certainly {@code null} (an attribute that is not set is null). */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** The weight that counts towards {@link #MAX_WEIGHT}. */
  long weight() {
    return weight;
  }

  /** The string, when this is a string. */
  public Optional<String> asString() {
    return kind == Kind.STRING ? Optional.of((String) value) : Optional.empty();
  }

  /** The number, when this is a number. */
  public Optional<BigDecimal> asNumber() {
    return kind == Kind.NUMBER ? Optional.of((BigDecimal) value) : Optional.empty();
  }

  /** The bool, when this is a bool. */
  public Optional<Boolean> asBoolean() {
    return kind == Kind.BOOL ? Optional.of((Boolean) value) : Optional.empty();
  }

  /** The elements, when this is a list. */
  @SuppressWarnings("unchecked")
  public Optional<List<Value>> asList() {
    return kind == Kind.LIST ? Optional.of((List<Value>) value) : Optional.empty();
  }

  /** The entries, in key order, when this is a map. */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, Value>> asMap() {
    return kind == Kind.MAP ? Optional.of((Map<String, Value>) value) : Optional.empty();
  }

  /**
   * The value as Terraform converts it to a string: a string, a number in its shortest decimal
   * form, or {@code true}/{@code false}; empty for anything else.
   */
  public Optional<String> toText() {
    return switch (kind) {
      case STRING -> Optional.of((String) value);
      case NUMBER -> Optional.of(numberText((BigDecimal) value));
      case BOOL -> Optional.of(value.toString());
      default -> Optional.empty();
    };
  }

  /** The value as Terraform converts it to a bool: a bool, or the string true or false. */
  public Optional<Boolean> toBoolean() {
    if (kind == Kind.BOOL) {
      return Optional.of((Boolean) value);
    }
    if (kind == Kind.STRING) {
      return switch ((String) value) {
        case "true" -> Optional.of(true);
        case "false" -> Optional.of(false);
        default -> Optional.empty();
      };
    }
    return Optional.empty();
  }

  /** The value as Terraform converts it to a number: a number, or a string holding one. */
  public Optional<BigDecimal> toNumber() {
    if (kind == Kind.NUMBER) {
      return Optional.of((BigDecimal) value);
    }
    if (kind == Kind.STRING) {
      String text = ((String) value).trim();
      // short texts only: the pattern backtracks on long runs of digits
      if (text.length() <= 100 && text.matches("-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d{1,3})?")) {
        return asNumberValue(new BigDecimal(text));
      }
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> asNumberValue(BigDecimal n) {
    return number(n).asNumber();
  }

  /** Whether this is certainly true: {@code true}, or the string {@code "true"}. */
  public boolean isTrue() {
    return toBoolean().orElse(false);
  }

  /** Whether this is certainly false: {@code false}, or the string {@code "false"}. */
  public boolean isFalse() {
    return !toBoolean().orElse(true);
  }

  /** Whether this certainly converts to the string {@code text}. */
  public boolean is(String text) {
    return toText().filter(text::equals).isPresent();
  }

  /** Whether this certainly converts to a string other than {@code text}. */
  public boolean isNot(String text) {
    return toText().filter(t -> !t.equals(text)).isPresent();
  }

  /**
   * The element of a map under {@code key}: {@link #UNKNOWN} when this is not a known map or has
   * no such key (Terraform would stop with an error).
   */
  public Value get(String key) {
    return asMap().map(m -> m.getOrDefault(key, UNKNOWN)).orElse(UNKNOWN);
  }

  /** The element of a list at {@code index}: {@link #UNKNOWN} when there is none. */
  public Value get(int index) {
    return asList().filter(l -> index >= 0 && index < l.size()).map(l -> l.get(index))
        .orElse(UNKNOWN);
  }

  /** A number as Terraform writes it: no exponent, no trailing zeros. */
  static String numberText(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }

  /** Equal values, numbers by value; unknown values are equal only to themselves. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Value v) || v.kind != kind || kind == Kind.UNKNOWN) {
      return false;
    }
    if (kind == Kind.NUMBER) {
      return ((BigDecimal) value).compareTo((BigDecimal) v.value) == 0;
    }
    return Objects.equals(value, v.value);
  }

  @Override
  public int hashCode() {
    return kind == Kind.NUMBER ? ((BigDecimal) value).stripTrailingZeros().hashCode()
        : Objects.hash(kind, value);
  }

  /** The value in HCL syntax, such as {@code ["a", 1, true]}; {@code (unknown)} for unknown. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    write(out);
    return out.toString();
  }

  private void write(StringBuilder out) {
    switch (kind) {
      case UNKNOWN -> out.append("(unknown)");
      case NULL -> out.append("null");
      case STRING -> out.append(Json.quote((String) value));
      case NUMBER, BOOL -> out.append(toText().orElseThrow());
      case LIST -> {
        out.append('[');
        String separator = "";
        for (Value element : asList().orElseThrow()) {
          out.append(separator);
          element.write(out);
          separator = ", ";
        }
        out.append(']');
      }
      case MAP -> {
        out.append('{');
        String separator = "";
        for (Map.Entry<String, Value> e : asMap().orElseThrow().entrySet()) {
          out.append(separator).append(Json.quote(e.getKey())).append(" = ");
          e.getValue().write(out);
          separator = ", ";
        }
        out.append('}');
      }
      default -> throw new IllegalStateException(kind.toString());
    }
  }
}
