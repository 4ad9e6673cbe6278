package dev.plumbline.core.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The functions GitHub Actions documents for expressions, with the number of arguments each
 * takes, so that rules can report an unknown function or a wrong argument count. Names are
 * looked up case-insensitively, as GitHub does.
 */
public final class BuiltinFunctions {

  /** Variadic functions have no upper bound. */
  public static final int UNBOUNDED = Integer.MAX_VALUE;

  /**
   * How many arguments a function takes.
   *
   * @param min fewest arguments
   * @param max most arguments; {@link #UNBOUNDED} for variadic functions
   */
  public record Arity(int min, int max) {

    public Arity {
      if (min < 0 || max < min) {
        throw new IllegalArgumentException("invalid arity " + min + ".." + max);
      }
    }

    /** True if {@code count} lies within {@code min..max}. */
    public boolean accepts(int count) {
      return count >= min && count <= max;
    }
  }

  private static final Map<String, String> CANONICAL_NAMES = new LinkedHashMap<>();
  private static final Map<String, Arity> ARITIES = new LinkedHashMap<>();
  private static final Set<String> STATUS_FUNCTIONS =
      Set.of("success", "always", "cancelled", "failure");
  private static final Set<String> NAMES;

  static {
    define("contains", 2, 2);
    define("startsWith", 2, 2);
    define("endsWith", 2, 2);
    define("format", 1, UNBOUNDED);
    define("join", 1, 2);
    define("toJSON", 1, 1);
    define("fromJSON", 1, 1);
    define("hashFiles", 1, UNBOUNDED);
    // case(pred1, val1, pred2, val2, ..., default): pairs plus a default, so an odd count >= 3
    define("case", 3, UNBOUNDED);
    define("success", 0, 0);
    define("always", 0, 0);
    define("cancelled", 0, 0);
    define("failure", 0, 0);
    NAMES = Collections.unmodifiableSet(new LinkedHashSet<>(CANONICAL_NAMES.values()));
  }

  private BuiltinFunctions() {
  }

  private static void define(String name, int min, int max) {
    String key = key(name);
    CANONICAL_NAMES.put(key, name);
    ARITIES.put(key, new Arity(min, max));
  }

  /** The function's arity, or empty if no built-in function has that name (in any case). */
  public static Optional<Arity> lookup(String name) {
    return Optional.ofNullable(ARITIES.get(key(name)));
  }

  /** The documented spelling of a built-in function name, such as {@code toJSON} for "tojson". */
  public static Optional<String> canonicalName(String name) {
    return Optional.ofNullable(CANONICAL_NAMES.get(key(name)));
  }

  /**
   * True if the named built-in function accepts {@code count} arguments. Stricter than {@link
   * Arity#accepts} for {@code case}, which needs an odd count.
   */
  public static boolean accepts(String name, int count) {
    Optional<Arity> arity = lookup(name);
    if (arity.isEmpty() || !arity.get().accepts(count)) {
      return false;
    }
    return !key(name).equals("case") || count % 2 == 1;
  }

  /**
   * True for {@code success}, {@code always}, {@code cancelled} and {@code failure}, which only
   * make sense in {@code if:} conditions.
   */
  public static boolean isStatusFunction(String name) {
    return STATUS_FUNCTIONS.contains(key(name));
  }

  /** Every built-in function name in its documented spelling. */
  public static Set<String> names() {
    return NAMES;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
