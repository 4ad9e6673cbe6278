package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.Severity;
import java.util.List;

@Rule(id = "GHA001", name = "unpinned-action", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"security", "supply-chain"}, securitySeverity = 5.0,
    summary = "Action or reusable workflow is not pinned to a full commit SHA")
public final class UnpinnedAction implements UsesRule {

  @RuleOption(name = "trusted-owners", description = "Owners whose unpinned actions are "
      + "reported as notes instead of warnings (default: GitHub's own, actions and github).")
  List<String> trustedOwners = List.of("actions", "github");

  @Override
  public void visitUses(ActionRef ref, RuleContext ctx) {
    if (ref.kind() != ActionRef.Kind.REPOSITORY || ref.repo().isEmpty()) {
      return; // local and docker refs have no SHA; a malformed ref is invalid-workflow's
    }
    String what = ref.isReusableWorkflow() ? "reusable workflow" : "action";
    String message = switch (RefKind.of(ref)) {
      case TAG -> what + " '" + ref.name() + "' is pinned to '" + ref.ref().orElseThrow()
          + "', a tag or branch its owner can move to different code";
      case SHORT_SHA -> what + " '" + ref.name() + "' is pinned to the abbreviated SHA '"
          + ref.ref().orElseThrow() + "'; only a full 40-character SHA is immutable";
      default -> null; // pinned, or reported by mutable-action-ref
    };
    if (message == null) {
      return;
    }
    Severity severity = isTrusted(ref.owner())
        ? Severity.NOTE : Severity.WARNING;
    ctx.report(severity, ref.refSpan(), message,
        "pin the full commit SHA and keep the version as a comment: "
            + ref.name() + "@<40-character SHA> # " + ref.ref().orElseThrow());
  }

  private boolean isTrusted(String owner) {
    return trustedOwners.stream().anyMatch(o -> o.equalsIgnoreCase(owner));
  }
}
