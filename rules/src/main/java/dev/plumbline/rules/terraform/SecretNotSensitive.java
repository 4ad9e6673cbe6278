package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.ScopeTraversal;
import dev.plumbline.core.hcl.TraversalStep;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.Output;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.model.terraform.Variable;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A variable or output whose name says it holds a credential ({@code db_password},
 * {@code api_token}, {@code private_key}) and that is not marked {@code sensitive = true}, so
 * Terraform prints its value in plan and apply output, and in CI logs. Names that describe a
 * secret rather than hold it ({@code password_length}, {@code secret_arn}, {@code kms_key_id})
 * are left alone, as are variables typed {@code bool} or {@code number} and switches such as
 * {@code create_random_password}.
 */
@Rule(id = "TF008", name = "secret-not-sensitive", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "secrets"}, securitySeverity = 5.0,
    summary = "Secret-named variable or output not marked sensitive")
public final class SecretNotSensitive implements TerraformRule {

  @Override
  public void visitVariable(Variable variable, ModuleContext ctx) {
    if (!TerraformSecretNames.looksSecret(variable.name()) || isSwitchOrCount(variable)) {
      return;
    }
    check(variable, variable.name(), variable.nameSpan(), "variable", ctx);
  }

  @Override
  public void visitOutput(Output output, ModuleContext ctx) {
    if (!TerraformSecretNames.looksSecret(output.name()) || describesSecret(output)) {
      return;
    }
    check(output, output.name(), output.nameSpan(), "output", ctx);
  }

  private static void check(TerraformBlock block, String name, Span nameSpan, String kind,
      ModuleContext ctx) {
    // an ephemeral value is never stored and Terraform redacts it in its output
    if (block.has("ephemeral") && !block.value("ephemeral").isFalse()) {
      return;
    }
    Value sensitive = block.value("sensitive");
    String hint = "add sensitive = true to " + kind + " \"" + name + "\"";
    if (!block.has("sensitive")) {
      ctx.report(block, nameSpan, kind + " '" + name + "' looks like a secret but is not marked "
          + "sensitive: Terraform shows its value in plan and apply output", hint);
    } else if (sensitive.isFalse()) {
      ctx.report(block, block.expression("sensitive").orElseThrow().span(), kind + " '" + name
          + "' looks like a secret but is marked sensitive = false: Terraform shows its value in "
          + "plan and apply output", "set sensitive = true on " + kind + " \"" + name + "\"");
    }
  }

  /** A variable that can only hold a bool or a number is a switch or a count, not a secret. */
  private static boolean isSwitchOrCount(Variable variable) {
    Optional<String> type = variable.typeExpression().flatMap(Expression::traversal)
        .filter(t -> t.steps().isEmpty()).map(ScopeTraversal::root);
    if (type.isPresent()) {
      return type.get().equals("bool") || type.get().equals("number");
    }
    Value value = variable.defaultExpression().map(variable.module()::evaluate)
        .orElse(Value.NULL);
    return value.kind() == Value.Kind.BOOL || value.kind() == Value.Kind.NUMBER;
  }

  /**
   * Whether the output's value is an attribute that describes a secret rather than holds it:
   * {@code aws_secretsmanager_secret.db.arn} in an output named {@code db_secret}.
   */
  private static boolean describesSecret(Output output) {
    Optional<ScopeTraversal> value = output.valueExpression().flatMap(Expression::traversal);
    if (value.isEmpty() || value.get().steps().isEmpty()) {
      return false;
    }
    List<TraversalStep> steps = value.get().steps();
    if (!(steps.get(steps.size() - 1) instanceof TraversalStep.GetAttr last)) {
      return false;
    }
    return !TerraformSecretNames.looksSecret(output.name() + "_" + last.name());
  }
}
