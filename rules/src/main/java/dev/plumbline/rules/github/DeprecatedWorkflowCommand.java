package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Rule(id = "GHA024", name = "deprecated-workflow-command", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"deprecated"},
    summary = "Deprecated set-output or save-state command, or an action release GitHub no "
        + "longer supports")
public final class DeprecatedWorkflowCommand implements GitHubRule {

  private static final Set<String> COMMANDS = Set.of("set-output", "save-state");

  private static final String NODE12 = "runs on Node.js 12, which GitHub has removed from its "
      + "runners";
  private static final String ARTIFACTS = "stopped working when GitHub retired version 3 and "
      + "older of the artifact actions in January 2025";
  private static final String CACHE = "runs on Node.js 12 and stopped working when GitHub "
      + "retired its legacy cache service in 2025";

  /**
   * Actions whose old major releases no longer work as written: the first supported major and
   * why the older ones are not.
   */
  private static final Map<String, Retired> RETIRED = Map.of(
      "actions/checkout", new Retired(3, NODE12),
      "actions/setup-node", new Retired(3, NODE12),
      "actions/cache", new Retired(3, CACHE),
      "actions/upload-artifact", new Retired(4, ARTIFACTS),
      "actions/download-artifact", new Retired(4, ARTIFACTS));

  private record Retired(int firstSupportedMajor, String why) {}

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    step.run().ifPresent(run -> {
      for (PrintedWorkflowCommands.Printed p : PrintedWorkflowCommands.find(run, COMMANDS)) {
        boolean output = p.name().equals("set-output");
        String file = output ? "GITHUB_OUTPUT" : "GITHUB_STATE";
        ctx.report(p.span(), "'::" + p.name() + "' is deprecated and GitHub has announced its "
                + "removal: any text a step prints to the log could set " + (output
                ? "its outputs" : "the action's state"),
            "write to the file instead: echo \"name=value\" >> \"$" + file + "\"");
      }
    });
    step.uses().ifPresent(ref -> checkRelease(ref, ctx));
  }

  private static void checkRelease(ActionRef ref, RuleContext ctx) {
    if (ref.kind() != ActionRef.Kind.REPOSITORY || !ref.path().isEmpty()) {
      return;
    }
    Retired retired = RETIRED.get(ref.slug());
    if (retired == null) {
      return;
    }
    Optional<ActionVersion> version = ActionVersion.of(ref, ctx.file());
    if (version.isEmpty() || version.get().major() >= retired.firstSupportedMajor()) {
      return;
    }
    String which = version.get().fromComment()
        ? "the commit commented as " + version.get() : version.get().toString();
    ctx.report(ref.refSpan(), ref.name() + " " + which + " " + retired.why(),
        "upgrade to the current major release of " + ref.name() + ", pinned by its full "
            + "commit SHA");
  }
}
