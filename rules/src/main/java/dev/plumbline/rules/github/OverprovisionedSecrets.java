package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Call;
import dev.plumbline.core.expr.ContextName;
import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.Filter;
import dev.plumbline.core.expr.Index;
import dev.plumbline.core.expr.Literal;
import dev.plumbline.core.expr.Property;
import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;

@Rule(id = "GHA011", name = "overprovisioned-secrets", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"security", "secrets"}, securitySeverity = 5.0,
    summary = "Expression hands the job every secret instead of the ones it names")
public final class OverprovisionedSecrets implements GitHubRule {

  private static final String HINT = "name each secret the job needs: ${{ secrets.NAME }}";

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
      visit(found.expr(), null, found.scalar(), ctx);
    }
  }

  private static void visit(Expr node, Expr parent, YamlScalar scalar, RuleContext ctx) {
    if (node instanceof ContextName name && name.name().equalsIgnoreCase("secrets")) {
      judge(name, parent, scalar, ctx);
      return;
    }
    for (Expr child : node.children()) {
      visit(child, node, scalar, ctx);
    }
  }

  /** A use of the whole {@code secrets} context; {@code parent} tells how it is narrowed. */
  private static void judge(ContextName secrets, Expr parent, YamlScalar scalar,
      RuleContext ctx) {
    if (parent instanceof Property) {
      return; // secrets.NAME
    }
    if (parent instanceof Index index) {
      if (index.index() instanceof Literal l && l.kind() == Literal.Kind.STRING) {
        return; // secrets['NAME']
      }
      ctx.report(scalar.spanOf(index.start(), index.end()), "'"
              + text(scalar, index) + "' picks a secret by a value known only at run time, so "
              + "GitHub sends every secret of the repository and organisation to the runner",
          HINT + ", choosing between them with a condition if needed");
      return;
    }
    Expr shown = parent instanceof Filter || parent instanceof Call ? parent : secrets;
    ctx.report(scalar.spanOf(shown.start(), shown.end()), "'" + text(scalar, shown)
            + "' uses the whole secrets context, so GitHub sends every secret of the repository "
            + "and organisation to the runner, where any step can read them",
        HINT);
  }

  private static String text(YamlScalar scalar, Expr e) {
    return scalar.value().substring(e.start(), e.end()).replaceAll("\\s+", " ");
  }
}
