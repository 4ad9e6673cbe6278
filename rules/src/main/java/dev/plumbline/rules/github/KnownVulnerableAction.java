package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@Rule(id = "GHA026", name = "known-vulnerable-action", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.ERROR, tags = {"security", "supply-chain"}, securitySeverity = 7.0,
    summary = "Action version is affected by a published security advisory")
public final class KnownVulnerableAction implements UsesRule {

  @Override
  public void visitUses(ActionRef ref, RuleContext ctx) {
    if (ref.kind() != ActionRef.Kind.REPOSITORY || ref.repo().isEmpty()) {
      return;
    }
    Optional<ActionVersion> version = ActionVersion.of(ref, ctx.file());
    if (version.isEmpty()) {
      return; // a branch, or a SHA without a version comment: the version is not known here
    }
    List<Advisories.Advisory> advisories = Advisories.affecting(ref.slug(), version.get());
    if (advisories.isEmpty()) {
      return;
    }
    String which = version.get().fromComment()
        ? "the commit commented as " + version.get() : version.get().toString();
    String found = advisories.stream().map(a -> a.label() + ": " + a.summary())
        .collect(Collectors.joining("; "));
    Optional<String> upgrade = advisories.stream().map(Advisories.Advisory::upgrade)
        .flatMap(Optional::stream)
        .max((a, b) -> ActionVersion.compare(ActionVersion.parse(a, false).orElseThrow().numbers(),
            ActionVersion.parse(b, false).orElseThrow().numbers()));
    ctx.report(ref.refSpan(), ref.name() + " at " + which + " is affected by " + found,
        upgrade.map(u -> "upgrade to " + u + " or later, pinned by its full commit SHA")
            .orElse("upgrade to a release the advisory lists as safe, pinned by its full "
                + "commit SHA"));
  }
}
