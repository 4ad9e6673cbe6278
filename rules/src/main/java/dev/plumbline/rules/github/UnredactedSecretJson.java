package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Call;
import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

@Rule(id = "GHA027", name = "unredacted-secret-json", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"security", "secrets"}, securitySeverity = 5.0,
    summary = "Values parsed out of a JSON secret are not masked in the log")
public final class UnredactedSecretJson implements GitHubRule {

  @Override
  public void visitWorkflow(Workflow workflow, RuleContext ctx) {
    check(workflow.root(), ctx);
  }

  @Override
  public void visitAction(ActionMetadata action, RuleContext ctx) {
    check(action.root(), ctx);
  }

  private static void check(YamlNode root, RuleContext ctx) {
    for (Expressions.Found found : Expressions.in(root)) {
      for (Expr node : found.expr().descendants()) {
        if (!(node instanceof Call call) || !call.name().equalsIgnoreCase("fromjson")
            || call.arguments().size() != 1) {
          continue;
        }
        Optional<List<String>> path = call.arguments().get(0).contextPath();
        if (path.isPresent() && path.get().size() >= 2 && path.get().get(0).equals("secrets")) {
          Expr arg = call.arguments().get(0);
          String secret = found.scalar().value().substring(arg.start(), arg.end());
          ctx.report(found.scalar().spanOf(call.start(), call.end()), "the values fromJSON() "
                  + "takes out of '" + secret + "' are not masked: GitHub hides the secret's "
                  + "whole text in logs, not the fields inside it",
              "store each value as a secret of its own, or mask it first with "
                  + "echo \"::add-mask::$VALUE\"");
        }
      }
    }
  }
}
