package dev.plumbline.core.rule;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;

/**
 * One {@link RuleOption} of a rule.
 *
 * @param name         kebab-case key in the configuration
 * @param description  one sentence
 * @param type         what values it takes
 * @param defaultValue the value a new rule instance starts with (String, Boolean, Integer or an
 *                     unmodifiable List of Strings)
 */
public record OptionDescriptor(String name, String description, OptionType type,
    Object defaultValue, Field field) {

  public OptionDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(field, "field");
  }

  /** Reads the option declared by {@code field}, taking its default from {@code prototype}. */
  static OptionDescriptor of(Field field, RuleOption option, Object prototype) {
    String where = field.getDeclaringClass().getName() + "." + field.getName();
    if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
      throw new IllegalStateException("rule option " + where + " must be a non-final instance field");
    }
    OptionType type = OptionType.of(field).orElseThrow(() -> new IllegalStateException(
        "rule option " + where + " must be a String, boolean, int or List<String>"));
    field.setAccessible(true);
    Object value;
    try {
      value = field.get(prototype);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read rule option " + where, e);
    }
    if (value == null) {
      throw new IllegalStateException("rule option " + where + " needs a default value");
    }
    if (value instanceof List<?> list) {
      value = List.copyOf(list);
    }
    return new OptionDescriptor(option.name(), option.description(), type, value, field);
  }

  /** Sets this option on a rule instance. */
  void set(Object rule, Object value) {
    if (!type.accepts(value)) {
      throw new IllegalArgumentException("option " + name + " must be " + type.description());
    }
    try {
      field.set(rule, value instanceof List<?> list ? List.copyOf(list) : value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot set rule option " + name, e);
    }
  }
}
