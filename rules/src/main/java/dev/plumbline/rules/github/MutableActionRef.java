package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

@Rule(id = "GHA002", name = "mutable-action-ref", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.ERROR, tags = {"security", "supply-chain"}, securitySeverity = 7.0,
    summary = "Action or reusable workflow is used from a branch or without any ref")
public final class MutableActionRef implements UsesRule {

  @Override
  public void visitUses(ActionRef ref, RuleContext ctx) {
    if (ref.kind() != ActionRef.Kind.REPOSITORY || ref.repo().isEmpty()) {
      return;
    }
    String what = ref.isReusableWorkflow() ? "reusable workflow" : "action";
    switch (RefKind.of(ref)) {
      case MISSING -> ctx.report(ref.span(), what + " '" + ref.name()
              + "' has no @ref, so it runs whatever its default branch holds at the time",
          "add a full commit SHA: " + ref.name() + "@<40-character SHA> # <version>");
      case BRANCH -> ctx.report(ref.refSpan(), what + " '" + ref.name() + "' follows the branch '"
              + ref.ref().orElseThrow() + "': every push to it changes the code this workflow runs",
          "pin a full commit SHA of a release: " + ref.name() + "@<40-character SHA> # <version>");
      default -> { }
    }
  }
}
