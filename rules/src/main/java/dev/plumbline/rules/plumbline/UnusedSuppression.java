package dev.plumbline.rules.plumbline;

import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.SuppressionRule;
import dev.plumbline.core.rule.SuppressionUse;
import dev.plumbline.core.rule.SuppressionUse.NamedRule;

@Rule(id = "PLB001", name = "unused-suppression", platform = Platform.PLUMBLINE,
    severity = Severity.NOTE, tags = {"suppressions"},
    summary = "Suppression silences no finding")
public final class UnusedSuppression implements SuppressionRule {

  @Override
  public void visitSuppression(SuppressionUse use, RuleContext ctx) {
    if (use.directive().problem().isPresent()) {
      return; // an unreadable directive is invalid-suppression's
    }
    for (NamedRule named : use.rules()) {
      boolean unused = named.rule().isPresent() && named.active() && named.suppressed() == 0
          && named.rule().get().platform() != Platform.PLUMBLINE;
      if (unused) {
        String where = switch (use.directive().origin()) {
          case LINE_COMMENT -> "on the line it covers";
          case FILE_COMMENT -> "in this file";
          case ANNOTATION -> "in the annotated object";
        };
        ctx.report(named.ref().span(), "suppression of " + named.rule().get().id() + " ("
                + named.rule().get().name() + ") silences nothing: the rule reports no finding "
                + where,
            "remove '" + named.ref().text() + "' from the suppression; if the finding moved, "
                + "move the suppression with it");
      }
    }
  }
}
