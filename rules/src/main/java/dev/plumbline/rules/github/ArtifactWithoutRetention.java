package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;

@Rule(id = "GHA029", name = "artifact-without-retention", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.NOTE, tags = {"cost"},
    summary = "Artifact upload does not say how long to keep the artifact")
public final class ArtifactWithoutRetention implements GitHubRule {

  private static final String UPLOAD_ARTIFACT = "actions/upload-artifact";

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    step.uses().filter(ref -> ref.slug().equals(UPLOAD_ARTIFACT) && ref.path().isEmpty())
        .ifPresent(ref -> {
          if (step.node().mapping("with").map(w -> w.has("retention-days")).orElse(false)) {
            return;
          }
          ctx.report(step.anchorSpan(), "'" + step.label() + "' uploads an artifact without "
                  + "retention-days, so it is kept for the repository's default (90 days unless "
                  + "changed), whatever it is for",
              "choose how long it is needed: with: retention-days: 7");
        });
  }
}
