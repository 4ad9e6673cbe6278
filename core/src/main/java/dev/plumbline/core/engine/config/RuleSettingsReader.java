package dev.plumbline.core.engine.config;

import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.rule.OptionDescriptor;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Reads a {@code rules:} mapping (top-level or in an override): rule keys by ID (any case) or
 * name, each set to {@code off}, a severity, or a mapping of {@code severity} and
 * {@code options}, with option values checked against the types the rule declares.
 */
final class RuleSettingsReader {

  static final String OFF = "off";
  /** What {@code severity} may be, in documentation order. */
  static final List<String> SEVERITIES = List.of(OFF, "error", "warning", "note");
  private static final List<String> SETTING_KEYS = List.of("severity", "options");

  private final RuleRegistry registry;
  private final Problems problems;

  RuleSettingsReader(RuleRegistry registry, Problems problems) {
    this.registry = registry;
    this.problems = problems;
  }

  /** Settings by rule ID, in the order written; what is wrong goes to the problems. */
  Map<String, RuleConfig> read(YamlMapping rules) {
    Map<String, RuleConfig> settings = new LinkedHashMap<>();
    Map<String, YamlMapping.Entry> seen = new HashMap<>();
    for (YamlMapping.Entry entry : rules.entries()) {
      Optional<RuleDescriptor> rule = resolve(entry.key());
      if (rule.isEmpty()) {
        continue;
      }
      YamlMapping.Entry first = seen.putIfAbsent(rule.get().id(), entry);
      // a key written twice as is is the parser's "duplicate key"
      if (first != null && !first.keyText().equals(entry.keyText())) {
        problems.at(entry.keySpan(), "'" + entry.keyText() + "' names the same rule as '"
            + first.keyText() + "' on line " + first.keySpan().start().line()
            + "; configure each rule once");
      }
      setting(rule.get(), entry).ifPresent(s -> settings.putIfAbsent(rule.get().id(), s));
    }
    return settings;
  }

  private Optional<RuleDescriptor> resolve(YamlNode key) {
    if (!(key instanceof YamlScalar s) || s.isNull()) {
      problems.at(key.span(), "a rule is named by its ID or name, not " + Problems.describe(key));
      return Optional.empty();
    }
    Optional<RuleDescriptor> rule = registry.find(s.value());
    if (rule.isEmpty()) {
      List<String> known = registry.all().stream()
          .flatMap(d -> Stream.of(d.id(), d.name())).toList();
      problems.at(key.span(), "unknown rule '" + s.value() + "'"
          + Suggestions.didYouMean(s.value(), known));
    }
    return rule;
  }

  private Optional<RuleConfig> setting(RuleDescriptor rule, YamlMapping.Entry entry) {
    String label = "'" + entry.keyText() + "'";
    YamlNode value = entry.value();
    if (value instanceof YamlMapping mapping) {
      return detailed(rule, label, mapping);
    }
    if (Problems.isString(value) && SEVERITIES.contains(((YamlScalar) value).value())) {
      return Optional.of(severity(((YamlScalar) value).value()));
    }
    problems.at(value.span(), label + " must be " + String.join(", ", SEVERITIES)
        + " or a mapping of severity and options, not " + Problems.describe(value)
        + suggestion(value, SEVERITIES));
    return Optional.empty();
  }

  /** {@code {severity: ..., options: {...}}}; either may be left out. */
  private Optional<RuleConfig> detailed(RuleDescriptor rule, String label, YamlMapping mapping) {
    int before = problemCount();
    RuleConfig config = RuleConfig.options(Map.of());
    for (YamlMapping.Entry e : mapping.entries()) {
      String key = e.keyText();
      if (key.equals("severity")) {
        YamlNode v = e.value();
        if (Problems.isString(v) && SEVERITIES.contains(((YamlScalar) v).value())) {
          config = config.then(severity(((YamlScalar) v).value()));
        } else {
          problems.at(v.span(), "'severity' must be " + Problems.alternatives(SEVERITIES)
              + ", not " + Problems.describe(v) + suggestion(v, SEVERITIES));
        }
      } else if (key.equals("options")) {
        config = config.then(RuleConfig.options(options(rule, e.value())));
      } else {
        problems.at(e.keySpan(), "unknown key '" + key + "' in the settings of " + label
            + orElse(Suggestions.didYouMean(key, SETTING_KEYS),
                "; a rule's settings are severity and options"));
      }
    }
    return problemCount() == before ? Optional.of(config) : Optional.empty();
  }

  private static RuleConfig severity(String label) {
    return label.equals(OFF) ? RuleConfig.off()
        : RuleConfig.severity(Severity.fromLabel(label).orElseThrow());
  }

  private Map<String, Object> options(RuleDescriptor rule, YamlNode node) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (node.isNull()) {
      return values;
    }
    if (!(node instanceof YamlMapping mapping)) {
      problems.at(node.span(), "'options' must be a mapping of option names to values, not "
          + Problems.describe(node));
      return values;
    }
    List<String> names = rule.options().stream().map(OptionDescriptor::name).toList();
    for (YamlMapping.Entry e : mapping.entries()) {
      Optional<OptionDescriptor> option = rule.option(e.keyText());
      if (option.isEmpty()) {
        problems.at(e.keySpan(), "rule " + rule.id() + " (" + rule.name() + ") has no "
            + (names.isEmpty() ? "options" : "option '" + e.keyText() + "'"
                + orElse(Suggestions.didYouMean(e.keyText(), names),
                    "; its options are " + Problems.alternatives(names))));
        continue;
      }
      optionValue(option.get(), e.value()).ifPresent(v -> values.put(option.get().name(), v));
    }
    return values;
  }

  /** The value as the option's Java type, if it has the option's type. */
  private Optional<Object> optionValue(OptionDescriptor option, YamlNode node) {
    String label = "option '" + option.name() + "'";
    YamlScalar scalar = node instanceof YamlScalar s ? s : null;
    switch (option.type()) {
      case STRING -> {
        if (Problems.isString(node)) {
          return Optional.of(scalar.value());
        }
      }
      case BOOLEAN -> {
        if (scalar != null && scalar.asBoolean().isPresent()) {
          return Optional.of(scalar.asBoolean().get());
        }
      }
      case INTEGER -> {
        OptionalLong number = scalar == null ? OptionalLong.empty() : scalar.asLong();
        if (number.isPresent() && number.getAsLong() == (int) number.getAsLong()) {
          return Optional.of((int) number.getAsLong());
        }
        if (scalar != null && scalar.type() == YamlScalar.Type.INT) {
          problems.at(node.span(), label + " must be a whole number from " + Integer.MIN_VALUE
              + " to " + Integer.MAX_VALUE + ", not " + scalar.value());
          return Optional.empty();
        }
      }
      case STRING_LIST -> {
        if (node instanceof YamlSequence sequence) {
          return stringList(label, sequence);
        }
      }
      default -> throw new IllegalStateException("option type " + option.type());
    }
    problems.at(node.span(), label + " must be " + option.type().description() + ", not "
        + Problems.describe(node));
    return Optional.empty();
  }

  private Optional<Object> stringList(String label, YamlSequence sequence) {
    List<String> items = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < sequence.size(); i++) {
      YamlNode item = sequence.items().get(i);
      if (Problems.isString(item)) {
        items.add(((YamlScalar) item).value());
      } else {
        problems.at(item.span(), label + " item " + (i + 1) + " must be a string, not "
            + Problems.describe(item));
        ok = false;
      }
    }
    return ok ? Optional.of(List.copyOf(items)) : Optional.empty();
  }

  private int problemCount() {
    return problems.count();
  }

  private static String orElse(String suggestion, String otherwise) {
    return suggestion.isEmpty() ? otherwise : suggestion;
  }

  private static String suggestion(YamlNode value, List<String> words) {
    return Problems.isString(value)
        ? Suggestions.didYouMean(((YamlScalar) value).value(), words) : "";
  }
}
