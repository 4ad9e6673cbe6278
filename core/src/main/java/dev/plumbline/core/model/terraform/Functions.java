package dev.plumbline.core.model.terraform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Terraform functions the {@link Evaluator} evaluates: pure functions of their arguments
 * only, computed as Terraform computes them. Every other function — those that read files
 * ({@code file}, {@code templatefile}), depend on time or chance ({@code timestamp},
 * {@code uuid}), hash or encrypt, or that this class does not know — gives
 * {@link Value#UNKNOWN}, as does a call with unknown or ill-typed arguments. String functions
 * whose result depends on Unicode text segmentation ({@code length} and {@code substr} of
 * non-ASCII text) are unknown too, rather than approximated.
 */
final class Functions {

  /** A function: the evaluated arguments in, the value out. */
  private interface Fn {
    Value apply(List<Value> args, Evaluator budget);
  }

  private static final Map<String, Fn> FUNCTIONS = functions();

  private Functions() {}

  /** Whether Plumbline evaluates the function of this name. */
  static boolean isKnown(String name) {
    return FUNCTIONS.containsKey(name);
  }

  static Value call(String name, List<Value> args, Evaluator budget) {
    Fn fn = FUNCTIONS.get(name);
    if (fn == null) {
      return Value.UNKNOWN;
    }
    budget.spend(1 + args.stream().mapToLong(Value::weight).sum() / 4);
    Value result = fn.apply(args, budget);
    budget.spend(result.weight() / 4);
    return result;
  }

  private static Map<String, Fn> functions() {
    Map<String, Fn> f = new TreeMap<>();
    f.put("lower", text1(s -> caseMapped(s, false)));
    f.put("upper", text1(s -> caseMapped(s, true)));
    f.put("trimspace", text1(Functions::trimSpace));
    f.put("chomp", text1(Functions::chomp));
    f.put("trim", text2((s, cut) -> trim(s, cut)));
    f.put("trimprefix", text2((s, p) -> s.startsWith(p) ? s.substring(p.length()) : s));
    f.put("trimsuffix", text2((s, p) -> s.endsWith(p) ? s.substring(0, s.length() - p.length())
        : s));
    f.put("startswith", (a, b) -> texts(a, 2).map(t -> Value.bool(t.get(0).startsWith(t.get(1))))
        .orElse(Value.UNKNOWN));
    f.put("endswith", (a, b) -> texts(a, 2).map(t -> Value.bool(t.get(0).endsWith(t.get(1))))
        .orElse(Value.UNKNOWN));
    f.put("strcontains", (a, b) -> texts(a, 2).map(t -> Value.bool(t.get(0).contains(t.get(1))))
        .orElse(Value.UNKNOWN));
    f.put("replace", (a, b) -> texts(a, 3).map(Functions::replace).orElse(Value.UNKNOWN));
    f.put("split", (a, b) -> texts(a, 2).map(Functions::split).orElse(Value.UNKNOWN));
    f.put("join", Functions::join);
    f.put("format", Functions::format);
    f.put("substr", Functions::substr);
    f.put("tostring", (a, b) -> one(a).map(v -> v.isNull() ? v
        : v.toText().map(Value::string).orElse(Value.UNKNOWN)).orElse(Value.UNKNOWN));
    f.put("tonumber", (a, b) -> one(a).map(v -> v.isNull() ? v
        : v.toNumber().map(Value::number).orElse(Value.UNKNOWN)).orElse(Value.UNKNOWN));
    f.put("tobool", (a, b) -> one(a).map(v -> v.isNull() ? v
        : v.toBoolean().map(Value::bool).orElse(Value.UNKNOWN)).orElse(Value.UNKNOWN));
    f.put("tolist", (a, b) -> one(a).filter(v -> v.asList().isPresent() || v.isNull())
        .orElse(Value.UNKNOWN));
    f.put("tomap", (a, b) -> one(a).filter(v -> v.asMap().isPresent() || v.isNull())
        .orElse(Value.UNKNOWN));
    f.put("toset", (a, b) -> one(a).map(Functions::toSet).orElse(Value.UNKNOWN));
    f.put("length", (a, b) -> one(a).map(Functions::length).orElse(Value.UNKNOWN));
    f.put("concat", Functions::concat);
    f.put("merge", Functions::merge);
    f.put("lookup", Functions::lookup);
    f.put("coalesce", Functions::coalesce);
    f.put("coalescelist", Functions::coalesceList);
    f.put("compact", (a, b) -> list1(a).map(Functions::compact).orElse(Value.UNKNOWN));
    f.put("distinct", (a, b) -> list1(a).filter(l -> Value.list(l).isWhollyKnown())
        .map(l -> Value.list(new ArrayList<>(new LinkedHashSet<>(l)))).orElse(Value.UNKNOWN));
    f.put("flatten", (a, b) -> list1(a).map(Functions::flatten).orElse(Value.UNKNOWN));
    f.put("contains", Functions::contains);
    f.put("element", Functions::element);
    f.put("keys", (a, b) -> map1(a).map(m -> Value.list(m.keySet().stream().map(Value::string)
        .toList())).orElse(Value.UNKNOWN));
    f.put("values", (a, b) -> map1(a).map(m -> Value.list(new ArrayList<>(m.values())))
        .orElse(Value.UNKNOWN));
    f.put("zipmap", Functions::zipmap);
    f.put("reverse", (a, b) -> list1(a).map(l -> {
      List<Value> copy = new ArrayList<>(l);
      Collections.reverse(copy);
      return Value.list(copy);
    }).orElse(Value.UNKNOWN));
    f.put("sort", (a, b) -> list1(a).map(Functions::sort).orElse(Value.UNKNOWN));
    f.put("slice", Functions::slice);
    f.put("range", Functions::range);
    f.put("one", (a, b) -> list1(a).map(l -> l.isEmpty() ? Value.NULL
        : l.size() == 1 ? l.get(0) : Value.UNKNOWN).orElse(Value.UNKNOWN));
    f.put("min", (a, b) -> numbers(a).filter(n -> !n.isEmpty())
        .map(n -> Value.number(Collections.min(n))).orElse(Value.UNKNOWN));
    f.put("max", (a, b) -> numbers(a).filter(n -> !n.isEmpty())
        .map(n -> Value.number(Collections.max(n))).orElse(Value.UNKNOWN));
    f.put("abs", number1(BigDecimal::abs));
    f.put("ceil", number1(n -> n.setScale(0, RoundingMode.CEILING)));
    f.put("floor", number1(n -> n.setScale(0, RoundingMode.FLOOR)));
    f.put("jsonencode", (a, b) -> one(a).flatMap(Json::encode).map(Value::string)
        .orElse(Value.UNKNOWN));
    f.put("jsondecode", (a, b) -> text(a).flatMap(Json::decode).orElse(Value.UNKNOWN));
    f.put("base64encode", text1(s -> Base64.getEncoder()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8))));
    f.put("base64decode", (a, b) -> text(a).flatMap(Functions::base64Decode).map(Value::string)
        .orElse(Value.UNKNOWN));
    f.put("sensitive", (a, b) -> one(a).orElse(Value.UNKNOWN));
    f.put("nonsensitive", (a, b) -> one(a).orElse(Value.UNKNOWN));
    return Map.copyOf(f);
  }

  // --- argument readers: empty when the arguments are not what the function takes

  private static Optional<Value> one(List<Value> args) {
    return args.size() == 1 ? Optional.of(args.get(0)) : Optional.empty();
  }

  private static Optional<String> text(List<Value> args) {
    return one(args).flatMap(Value::toText);
  }

  private static Optional<List<String>> texts(List<Value> args, int count) {
    if (args.size() != count) {
      return Optional.empty();
    }
    List<String> result = new ArrayList<>();
    for (Value arg : args) {
      Optional<String> text = arg.toText();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      result.add(text.get());
    }
    return Optional.of(result);
  }

  private static Optional<List<Value>> list1(List<Value> args) {
    return one(args).flatMap(Value::asList);
  }

  private static Optional<Map<String, Value>> map1(List<Value> args) {
    return one(args).flatMap(Value::asMap);
  }

  private static Optional<List<BigDecimal>> numbers(List<Value> args) {
    List<BigDecimal> result = new ArrayList<>();
    for (Value arg : args) {
      Optional<BigDecimal> n = arg.toNumber();
      if (n.isEmpty()) {
        return Optional.empty();
      }
      result.add(n.get());
    }
    return Optional.of(result);
  }

  private static Optional<Integer> integer(Value value) {
    return value.toNumber().filter(n -> n.stripTrailingZeros().scale() <= 0
        && n.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0).map(BigDecimal::intValue);
  }

  private static Fn text1(Function<String, String> f) {
    return (a, b) -> text(a).map(f).map(Functions::bounded).orElse(Value.UNKNOWN);
  }

  private interface TextFunction2 {
    String apply(String a, String b);
  }

  private static Fn text2(TextFunction2 f) {
    return (a, b) -> texts(a, 2).map(t -> f.apply(t.get(0), t.get(1))).map(Functions::bounded)
        .orElse(Value.UNKNOWN);
  }

  private static Fn number1(Function<BigDecimal, BigDecimal> f) {
    return (a, b) -> one(a).flatMap(Value::toNumber).map(f).map(Value::number)
        .orElse(Value.UNKNOWN);
  }

  /** A string result, unknown when longer than the evaluator builds. */
  private static Value bounded(String text) {
    return text.length() > Evaluator.MAX_STRING ? Value.UNKNOWN : Value.string(text);
  }

  private static Value boundedList(List<Value> elements) {
    return elements.size() > Evaluator.MAX_ELEMENTS ? Value.UNKNOWN : Value.list(elements);
  }

  // --- strings

  /** Per code point, as Go's strings.ToUpper and ToLower map them. */
  private static String caseMapped(String s, boolean upper) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> out.appendCodePoint(upper ? Character.toUpperCase(c)
        : Character.toLowerCase(c)));
    return out.toString();
  }

  /** Go's unicode.IsSpace: ASCII white space, U+0085, U+00A0 and the Unicode separators. */
  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
  }

  private static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** Removes the line breaks at the end. */
  private static String chomp(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String trim(String s, String cutset) {
    int start = 0;
    int end = s.length();
    while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** {@code replace}; a {@code /regex/} pattern is not evaluated. */
  private static Value replace(List<String> t) {
    String search = t.get(1);
    if (search.length() >= 2 && search.startsWith("/") && search.endsWith("/")) {
      return Value.UNKNOWN;
    }
    String subject = t.get(0);
    long growth = search.isEmpty() ? (long) (subject.length() + 1) * t.get(2).length() : 0;
    if (subject.length() + growth > Evaluator.MAX_STRING) {
      return Value.UNKNOWN;
    }
    return bounded(subject.replace(search, t.get(2)));
  }

  private static Value split(List<String> t) {
    String separator = t.get(0);
    if (separator.isEmpty()) {
      return Value.UNKNOWN;
    }
    List<Value> parts = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = t.get(1).indexOf(separator, from);
      if (at < 0 || parts.size() > Evaluator.MAX_ELEMENTS) {
        break;
      }
      parts.add(Value.string(t.get(1).substring(from, at)));
      from = at + separator.length();
    }
    parts.add(Value.string(t.get(1).substring(from)));
    return boundedList(parts);
  }

  private static Value join(List<Value> args, Evaluator budget) {
    if (args.size() < 2) {
      return Value.UNKNOWN;
    }
    Optional<String> separator = args.get(0).toText();
    if (separator.isEmpty()) {
      return Value.UNKNOWN;
    }
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (Value list : args.subList(1, args.size())) {
      Optional<List<Value>> elements = list.asList();
      if (elements.isEmpty()) {
        return Value.UNKNOWN;
      }
      for (Value element : elements.get()) {
        Optional<String> text = element.toText();
        if (text.isEmpty()) {
          return Value.UNKNOWN;
        }
        out.append(first ? "" : separator.get()).append(text.get());
        first = false;
        if (out.length() > Evaluator.MAX_STRING) {
          return Value.UNKNOWN;
        }
      }
    }
    return Value.string(out.toString());
  }

  /**
   * {@code format} with the verbs {@code %s}, {@code %d}, {@code %v}, {@code %t}, {@code %q}
   * and {@code %%}, without flags, widths or explicit argument indexes.
   */
  private static Value format(List<Value> args, Evaluator budget) {
    if (args.isEmpty()) {
      return Value.UNKNOWN;
    }
    Optional<String> spec = args.get(0).toText();
    if (spec.isEmpty()) {
      return Value.UNKNOWN;
    }
    String f = spec.get();
    StringBuilder out = new StringBuilder();
    int next = 1;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (++i >= f.length()) {
        return Value.UNKNOWN;
      }
      char verb = f.charAt(i);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (next >= args.size()) {
        return Value.UNKNOWN;
      }
      Value arg = args.get(next++);
      Optional<String> text = switch (verb) {
        case 's', 'v' -> arg.toText();
        case 'd' -> arg.toNumber().filter(n -> n.stripTrailingZeros().scale() <= 0)
            .map(Value::numberText);
        case 't' -> arg.toBoolean().map(String::valueOf);
        case 'q' -> arg.toText().map(Json::quote);
        default -> Optional.empty();
      };
      if (text.isEmpty()) {
        return Value.UNKNOWN;
      }
      out.append(text.get());
      if (out.length() > Evaluator.MAX_STRING) {
        return Value.UNKNOWN;
      }
    }
    return next == args.size() ? Value.string(out.toString()) : Value.UNKNOWN;
  }

  /** {@code substr} of ASCII text (other text needs Unicode segmentation). */
  private static Value substr(List<Value> args, Evaluator budget) {
    if (args.size() != 3) {
      return Value.UNKNOWN;
    }
    Optional<String> text = args.get(0).toText().filter(Functions::isAscii);
    Optional<Integer> offset = integer(args.get(1));
    Optional<Integer> length = integer(args.get(2));
    if (text.isEmpty() || offset.isEmpty() || length.isEmpty()) {
      return Value.UNKNOWN;
    }
    String s = text.get();
    int start = offset.get() < 0 ? s.length() + offset.get() : offset.get();
    if (start < 0 || start > s.length()) {
      return Value.UNKNOWN;
    }
    int end = length.get() < 0 ? s.length() : (int) Math.min(s.length(), (long) start + length.get());
    return Value.string(s.substring(start, end));
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }

  private static Optional<String> base64Decode(String encoded) {
    try {
      byte[] bytes = Base64.getDecoder().decode(encoded);
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return Optional.empty();
    }
  }

  // --- collections

  private static Value length(Value v) {
    if (v.asList().isPresent()) {
      return Value.number(v.asList().get().size());
    }
    if (v.asMap().isPresent()) {
      return Value.number(v.asMap().get().size());
    }
    return v.toText().filter(Functions::isAscii).map(s -> Value.number(s.length()))
        .orElse(Value.UNKNOWN);
  }

  /** {@code toset}: distinct elements, sorted; elements of mixed kinds become strings. */
  private static Value toSet(Value v) {
    if (v.isNull()) {
      return v;
    }
    Optional<List<Value>> list = v.asList();
    if (list.isEmpty() || !v.isWhollyKnown()) {
      return Value.UNKNOWN;
    }
    Set<Value.Kind> kinds = new LinkedHashSet<>();
    list.get().forEach(e -> kinds.add(e.kind()));
    List<Value> elements = new ArrayList<>(new LinkedHashSet<>(list.get()));
    if (kinds.size() > 1) {
      List<Value> texts = new ArrayList<>();
      for (Value e : elements) {
        Optional<String> text = e.toText();
        if (text.isEmpty()) {
          return Value.UNKNOWN;
        }
        texts.add(Value.string(text.get()));
      }
      elements = new ArrayList<>(new LinkedHashSet<>(texts));
      kinds.clear();
      kinds.add(Value.Kind.STRING);
    }
    Value.Kind kind = kinds.isEmpty() ? Value.Kind.STRING : kinds.iterator().next();
    switch (kind) {
      case STRING -> elements.sort(Comparator.comparing(e -> e.asString().orElseThrow()));
      case NUMBER -> elements.sort(Comparator.comparing(e -> e.asNumber().orElseThrow()));
      case BOOL -> elements.sort(Comparator.comparing(e -> e.asBoolean().orElseThrow()));
      default -> {
        // sets of collections keep their order; Terraform's order is its own
        return Value.UNKNOWN;
      }
    }
    return Value.list(elements);
  }

  private static Value concat(List<Value> args, Evaluator budget) {
    List<Value> result = new ArrayList<>();
    for (Value arg : args) {
      Optional<List<Value>> list = arg.asList();
      if (list.isEmpty()) {
        return Value.UNKNOWN;
      }
      result.addAll(list.get());
      if (result.size() > Evaluator.MAX_ELEMENTS) {
        return Value.UNKNOWN;
      }
    }
    return Value.list(result);
  }

  private static Value merge(List<Value> args, Evaluator budget) {
    Map<String, Value> result = new LinkedHashMap<>();
    for (Value arg : args) {
      if (arg.isNull()) {
        continue;
      }
      Optional<Map<String, Value>> map = arg.asMap();
      if (map.isEmpty()) {
        return Value.UNKNOWN;
      }
      result.putAll(map.get());
    }
    return Value.map(result);
  }

  private static Value lookup(List<Value> args, Evaluator budget) {
    if (args.size() < 2 || args.size() > 3) {
      return Value.UNKNOWN;
    }
    Optional<Map<String, Value>> map = args.get(0).asMap();
    Optional<String> key = args.get(1).toText();
    if (map.isEmpty() || key.isEmpty()) {
      return Value.UNKNOWN;
    }
    Value found = map.get().get(key.get());
    return found != null ? found : args.size() == 3 ? args.get(2) : Value.UNKNOWN;
  }

  /** The first argument that is neither null nor an empty string. */
  private static Value coalesce(List<Value> args, Evaluator budget) {
    for (Value arg : args) {
      if (!arg.isKnown()) {
        return Value.UNKNOWN;
      }
      if (!arg.isNull() && !arg.is("")) {
        return arg;
      }
    }
    return Value.UNKNOWN;
  }

  private static Value coalesceList(List<Value> args, Evaluator budget) {
    for (Value arg : args) {
      Optional<List<Value>> list = arg.asList();
      if (list.isEmpty()) {
        return Value.UNKNOWN;
      }
      if (!list.get().isEmpty()) {
        return arg;
      }
    }
    return Value.UNKNOWN;
  }

  private static Value compact(List<Value> list) {
    List<Value> result = new ArrayList<>();
    for (Value element : list) {
      if (element.isNull()) {
        continue;
      }
      Optional<String> text = element.toText();
      if (text.isEmpty()) {
        return Value.UNKNOWN;
      }
      if (!text.get().isEmpty()) {
        result.add(Value.string(text.get()));
      }
    }
    return Value.list(result);
  }

  private static Value flatten(List<Value> list) {
    List<Value> result = new ArrayList<>();
    return flattenInto(list, result) ? boundedList(result) : Value.UNKNOWN;
  }

  private static boolean flattenInto(List<Value> list, List<Value> into) {
    for (Value element : list) {
      if (!element.isKnown()) {
        return false;
      }
      Optional<List<Value>> nested = element.asList();
      if (nested.isPresent()) {
        if (!flattenInto(nested.get(), into)) {
          return false;
        }
      } else {
        into.add(element);
      }
      if (into.size() > Evaluator.MAX_ELEMENTS) {
        return false;
      }
    }
    return true;
  }

  private static Value contains(List<Value> args, Evaluator budget) {
    if (args.size() != 2 || !args.get(0).isWhollyKnown() || !args.get(1).isWhollyKnown()) {
      return Value.UNKNOWN;
    }
    return args.get(0).asList().map(l -> Value.bool(l.contains(args.get(1))))
        .orElse(Value.UNKNOWN);
  }

  private static Value element(List<Value> args, Evaluator budget) {
    if (args.size() != 2) {
      return Value.UNKNOWN;
    }
    Optional<List<Value>> list = args.get(0).asList();
    Optional<Integer> index = integer(args.get(1));
    if (list.isEmpty() || list.get().isEmpty() || index.isEmpty() || index.get() < 0) {
      return Value.UNKNOWN;
    }
    return list.get().get(index.get() % list.get().size());
  }

  private static Value zipmap(List<Value> args, Evaluator budget) {
    if (args.size() != 2) {
      return Value.UNKNOWN;
    }
    Optional<List<Value>> keys = args.get(0).asList();
    Optional<List<Value>> values = args.get(1).asList();
    if (keys.isEmpty() || values.isEmpty() || keys.get().size() != values.get().size()) {
      return Value.UNKNOWN;
    }
    Map<String, Value> result = new LinkedHashMap<>();
    for (int i = 0; i < keys.get().size(); i++) {
      Optional<String> key = keys.get().get(i).toText();
      if (key.isEmpty()) {
        return Value.UNKNOWN;
      }
      result.put(key.get(), values.get().get(i));
    }
    return Value.map(result);
  }

  /** {@code sort}: strings in lexical order (numbers and bools are sorted as strings). */
  private static Value sort(List<Value> list) {
    List<String> texts = new ArrayList<>();
    for (Value element : list) {
      Optional<String> text = element.toText();
      if (text.isEmpty()) {
        return Value.UNKNOWN;
      }
      texts.add(text.get());
    }
    Collections.sort(texts);
    return Value.list(texts.stream().map(Value::string).toList());
  }

  private static Value slice(List<Value> args, Evaluator budget) {
    if (args.size() != 3) {
      return Value.UNKNOWN;
    }
    Optional<List<Value>> list = args.get(0).asList();
    Optional<Integer> start = integer(args.get(1));
    Optional<Integer> end = integer(args.get(2));
    if (list.isEmpty() || start.isEmpty() || end.isEmpty() || start.get() < 0
        || end.get() < start.get() || end.get() > list.get().size()) {
      return Value.UNKNOWN;
    }
    return Value.list(list.get().subList(start.get(), end.get()));
  }

  private static Value range(List<Value> args, Evaluator budget) {
    Optional<List<BigDecimal>> n = numbers(args);
    if (n.isEmpty() || n.get().isEmpty() || n.get().size() > 3) {
      return Value.UNKNOWN;
    }
    List<BigDecimal> a = n.get();
    BigDecimal start = a.size() == 1 ? BigDecimal.ZERO : a.get(0);
    BigDecimal limit = a.size() == 1 ? a.get(0) : a.get(1);
    BigDecimal step = a.size() == 3 ? a.get(2)
        : BigDecimal.valueOf(limit.compareTo(start) >= 0 ? 1 : -1);
    if (step.signum() == 0) {
      return Value.UNKNOWN;
    }
    BigDecimal count = limit.subtract(start).divide(step, Evaluator.division());
    if (count.compareTo(BigDecimal.valueOf(Evaluator.MAX_ELEMENTS)) > 0) {
      return Value.UNKNOWN;
    }
    List<Value> result = new ArrayList<>();
    for (BigDecimal x = start; step.signum() > 0 ? x.compareTo(limit) < 0
        : x.compareTo(limit) > 0; x = x.add(step)) {
      result.add(Value.number(x));
    }
    return Value.list(result);
  }
}
