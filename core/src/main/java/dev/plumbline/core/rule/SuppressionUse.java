package dev.plumbline.core.rule;

import dev.plumbline.core.model.suppression.Directive;
import java.util.List;
import java.util.Optional;

/**
 * A suppression directive after the file's findings were matched against it: which rules it
 * names and how many findings each silenced. What the {@link SuppressionRule}s judge.
 *
 * @param directive the directive as written
 * @param rules     one entry per rule it names, in order
 */
public record SuppressionUse(Directive directive, List<NamedRule> rules) {

  public SuppressionUse {
    rules = List.copyOf(rules);
  }

  /**
   * One rule a directive names.
   *
   * @param ref        as written
   * @param rule       the rule, if Plumbline knows it
   * @param active     whether the rule ran on this file (a rule turned off in configuration
   *                   cannot make its suppressions unused)
   * @param suppressed how many findings the directive silenced for it
   * @param suggestion for an unknown rule, the closest known ID or name, if one is close
   */
  public record NamedRule(Directive.RuleRef ref, Optional<RuleDescriptor> rule, boolean active,
      int suppressed, Optional<String> suggestion) {}
}
