package dev.plumbline.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A setting of a rule that users may change in {@code .plumbline.yml}:
 * <pre>
 * rules:
 *   unpinned-action:
 *     options:
 *       trusted-owners: [actions, github, my-org]
 * </pre>
 * It marks a non-final instance field of the rule class whose initial value is the default. The
 * field's type is the option's type: {@code String}, {@code boolean}, {@code int} or
 * {@code List<String>} (see {@link OptionType}). The engine sets the field on each new instance
 * before the rule sees a file.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RuleOption {

  /** Kebab-case key, for example {@code trusted-owners}. */
  String name();

  /** One sentence for docs, {@code --help} and the config schema. */
  String description();
}
