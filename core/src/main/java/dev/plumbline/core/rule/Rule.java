package dev.plumbline.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a rule, on the class that implements it. The explanation (what, why, examples,
 * how to fix) is Markdown in {@code dev/plumbline/rules/docs/<id>.md} beside the rules. The rule
 * annotation processor checks the metadata at compile time and registers the class, so there is
 * no hand-kept list of rules.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Rule {

  /** Platform prefix and three digits, for example {@code GHA001}; never reused. */
  String id();

  /** Kebab-case alias that works wherever the ID does, for example {@code unpinned-action}. */
  String name();

  Platform platform();

  /** Default severity; configuration may change it. */
  Severity severity();

  /** One line, no trailing period. */
  String summary();

  /** Free-form tags such as {@code security} or {@code supply-chain}, shown in SARIF. */
  String[] tags() default {};

  /**
   * CVSS-like score 0.0-10.0 for security rules (SARIF {@code security-severity}); negative for
   * rules that are not about security.
   */
  double securitySeverity() default -1;

  /** Off-by-default rules are opinionated or noisy and must be enabled in configuration. */
  boolean enabledByDefault() default true;

  /** The Plumbline version that introduced the rule. */
  String since() default "0.1.0";
}
