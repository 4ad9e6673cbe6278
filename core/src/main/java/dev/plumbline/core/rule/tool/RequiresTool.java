package dev.plumbline.core.rule.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a rule that reports nothing unless an external program is installed. {@code plumbline
 * rules} looks for the program and shows the rule as inactive when it is missing; the generated
 * rule reference does not, so that it reads the same on every machine.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresTool {

  /** The program's name as it is looked up on {@code PATH}, for example {@code shellcheck}. */
  String value();
}
