package dev.plumbline.rules.plumbline;

import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.SuppressionRule;
import dev.plumbline.core.rule.SuppressionUse;

@Rule(id = "PLB002", name = "suppression-without-reason", platform = Platform.PLUMBLINE,
    severity = Severity.NOTE, tags = {"suppressions"},
    summary = "Suppression does not say why the finding is acceptable")
public final class SuppressionWithoutReason implements SuppressionRule {

  @Override
  public void visitSuppression(SuppressionUse use, RuleContext ctx) {
    if (use.directive().problem().isPresent() || !use.directive().reason().isBlank()) {
      return;
    }
    String rules = String.join(",", use.rules().stream().map(r -> r.ref().text()).toList());
    String example = switch (use.directive().origin()) {
      case LINE_COMMENT -> "# plumbline: ignore[" + rules + "] <why this is acceptable>";
      case FILE_COMMENT -> "# plumbline: ignore-file[" + rules + "] <why this is acceptable>";
      case ANNOTATION -> rules + ": <why this is acceptable>";
    };
    ctx.report(use.directive().span(), "the suppression gives no reason; the next reader cannot "
        + "tell whether the finding is still acceptable", "add the reason after it: " + example);
  }
}
