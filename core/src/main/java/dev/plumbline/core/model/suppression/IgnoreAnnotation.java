package dev.plumbline.core.model.suppression;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads the Kubernetes annotation {@code plumbline.dev/ignore: "K8S003: reason; K8S011"}: entries
 * separated by {@code ;}, each a rule ID or name with an optional {@code : reason}. Every entry
 * becomes one directive over the annotated object, so each rule can have its own reason and be
 * reported on its own when it silences nothing.
 */
public final class IgnoreAnnotation {

  /** The annotation key. */
  public static final String KEY = "plumbline.dev/ignore";

  private static final Pattern RULE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

  private IgnoreAnnotation() {}

  /**
   * The directives of one annotation value.
   *
   * @param value  the annotation's string value
   * @param spanOf the span of {@code value}'s characters [start, end) in the file (for a YAML
   *               scalar, {@code YamlScalar::spanOf})
   * @param object the region of the annotated object: what the directives cover
   */
  public static List<Directive> parse(String value, BiFunction<Integer, Integer, Span> spanOf,
      Span object) {
    List<Directive> directives = new ArrayList<>();
    Directive.Scope scope = new Directive.InRegion(object);
    int at = 0;
    for (String entry : value.split(";", -1)) {
      int start = at;
      at += entry.length() + 1;
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.indexOf(':');
      String rawRule = colon < 0 ? entry : entry.substring(0, colon);
      String rule = rawRule.strip();
      String reason = colon < 0 ? "" : entry.substring(colon + 1).strip();
      int ruleStart = start + rawRule.indexOf(rule.isEmpty() ? rawRule : rule);
      Span entrySpan = spanOf.apply(start + leadingSpace(entry), start + entry.stripTrailing().length());
      Optional<String> problem = Optional.empty();
      List<Directive.RuleRef> rules = List.of();
      if (RULE.matcher(rule).matches()) {
        rules = List.of(new Directive.RuleRef(rule,
            spanOf.apply(ruleStart, ruleStart + rule.length())));
      } else {
        problem = Optional.of(rule.isEmpty() ? "a rule ID or name is missing before ':'"
            : "'" + rule + "' is not a rule ID or name; write \"RULE: reason; RULE: reason\"");
      }
      directives.add(new Directive(Directive.Origin.ANNOTATION, entrySpan, scope, rules, reason,
          problem));
    }
    return directives;
  }

  private static int leadingSpace(String text) {
    return text.length() - text.stripLeading().length();
  }
}
