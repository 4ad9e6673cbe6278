package dev.plumbline.rules.plumbline;

import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.SuppressionRule;
import dev.plumbline.core.rule.SuppressionUse;
import dev.plumbline.core.rule.SuppressionUse.NamedRule;

@Rule(id = "PLB003", name = "invalid-suppression", platform = Platform.PLUMBLINE,
    severity = Severity.NOTE, tags = {"suppressions"},
    summary = "Suppression cannot be read or names an unknown rule")
public final class InvalidSuppression implements SuppressionRule {

  @Override
  public void visitSuppression(SuppressionUse use, RuleContext ctx) {
    if (use.directive().problem().isPresent()) {
      ctx.report(use.directive().span(), "this suppression silences nothing: "
          + use.directive().problem().get(), "write '# plumbline: ignore[RULE] reason' for one line, or "
          + "'# plumbline: ignore-file[RULE] reason' at the top of the file");
      return;
    }
    for (NamedRule named : use.rules()) {
      if (named.rule().isEmpty()) {
        String written = named.ref().text();
        String hint = named.suggestion().map(s -> "did you mean '" + s + "'?")
            .orElse("`plumbline rules` lists every rule ID and name");
        ctx.report(named.ref().span(), "'" + written + "' is not a Plumbline rule, so this "
            + "suppression silences nothing for it", hint);
      }
    }
  }
}
