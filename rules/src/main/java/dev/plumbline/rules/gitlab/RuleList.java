package dev.plumbline.rules.gitlab;

import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import dev.plumbline.rules.gitlab.RuleCondition.Scenario;
import dev.plumbline.rules.gitlab.RuleCondition.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a {@code rules:} list (of a job or of {@code workflow:}) lets its job or pipeline run
 * in a {@link Scenario}: the first rule whose condition holds decides, {@code when: never}
 * keeps it out, any other {@code when} lets it in, and when no rule holds it stays out.
 * A rule with {@code changes:} or {@code exists:}, or an item that is not a mapping, is
 * unknown unless its {@code if:} is surely false.
 */
final class RuleList {

  /** The keys a rule may have, in a job's or the workflow's rules. */
  private static final Set<String> KEYS = Set.of("if", "changes", "exists", "when", "start_in",
      "allow_failure", "variables", "needs", "interruptible", "auto_cancel");

  private RuleList() {}

  /** TRUE when the rules surely let it run, FALSE when surely not, UNKNOWN otherwise. */
  static Truth runs(YamlSequence rules, Scenario scenario) {
    return runs(items(rules), 0, scenario);
  }

  private static Truth runs(List<YamlNode> rules, int from, Scenario scenario) {
    for (int i = from; i < rules.size(); i++) {
      YamlNode rule = rules.get(i);
      if (!(rule instanceof YamlMapping m)) {
        return Truth.UNKNOWN;
      }
      Truth condition = condition(m, scenario);
      if (condition == Truth.FALSE) {
        continue;
      }
      Truth admits = m.scalar("when").map(YamlScalar::value).map(w -> !w.equals("never"))
          .map(Truth::of).orElse(Truth.TRUE);
      if (condition == Truth.TRUE) {
        return admits;
      }
      Truth rest = runs(rules, i + 1, scenario);
      return admits == rest ? admits : Truth.UNKNOWN;
    }
    return Truth.FALSE;
  }

  private static Truth condition(YamlMapping rule, Scenario scenario) {
    if (rule.entries().stream().anyMatch(e -> !KEYS.contains(e.keyText()))) {
      return Truth.UNKNOWN; // a misspelt 'if' is no condition to read
    }
    Truth condition = Truth.TRUE;
    if (rule.has("if")) {
      condition = rule.scalar("if").filter(s -> !s.isNull())
          .map(s -> RuleCondition.evaluate(s.value(), scenario)).orElse(Truth.UNKNOWN);
    }
    if (condition != Truth.FALSE && (rule.has("changes") || rule.has("exists"))) {
      return Truth.UNKNOWN;
    }
    return condition;
  }

  /** The rules, with the nested lists that {@code !reference} leaves flattened as GitLab does. */
  static List<YamlNode> items(YamlSequence rules) {
    List<YamlNode> out = new ArrayList<>();
    for (YamlNode item : rules.items()) {
      if (item instanceof YamlSequence nested) {
        out.addAll(items(nested));
      } else {
        out.add(item);
      }
    }
    return out;
  }
}
