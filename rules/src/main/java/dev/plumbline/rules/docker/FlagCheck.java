package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Flag;
import dev.plumbline.core.docker.FlagType;
import dev.plumbline.core.docker.Keyword;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Suggestions;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The {@code --flags} of an instruction, checked as BuildKit checks them. */
final class FlagCheck {

  private FlagCheck() {}

  static void check(Instruction instruction, Keyword keyword, RuleContext ctx) {
    Map<String, FlagType> known = keyword.flags();
    Set<String> seen = new HashSet<>();
    for (Flag flag : instruction.flags()) {
      FlagType type = known.get(flag.name());
      if (type == null) {
        ctx.report(flag.nameSpan(), unknown(keyword, flag, known));
        continue;
      }
      if (!seen.add(flag.name()) && type != FlagType.STRINGS) {
        ctx.report(flag.nameSpan(), "--" + flag.name() + " is given more than once");
      }
      if (type == FlagType.BOOLEAN) {
        flag.valueText().filter(v -> !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false"))
            .ifPresent(v -> ctx.report(flag.valueSpan(), "--" + flag.name()
                + " takes true or false, not '" + v + "'"));
      } else if (flag.value().isEmpty()) {
        ctx.report(flag.nameSpan(), "--" + flag.name() + " needs a value: --" + flag.name()
            + "=<value>");
      }
    }
  }

  private static String unknown(Keyword keyword, Flag flag, Map<String, FlagType> known) {
    if (known.isEmpty()) {
      return keyword + " takes no flags, but has --" + flag.name();
    }
    return "unknown flag --" + flag.name() + " for " + keyword
        + Suggestions.didYouMean("--" + flag.name(),
            known.keySet().stream().sorted().map(name -> "--" + name).toList());
  }
}
