package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.model.terraform.Variable;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;

/**
 * A {@code variable} without a {@code type} constraint: Terraform accepts any value for it, so a
 * wrong value (a string where a list was meant) fails late, far from where it was set.
 */
@Rule(id = "TF005", name = "variable-without-type", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"maintainability", "correctness"},
    summary = "Variable without a type constraint")
public final class VariableWithoutType implements TerraformRule {

  @Override
  public void visitVariable(Variable variable, ModuleContext ctx) {
    if (variable.has("type")) {
      return;
    }
    ctx.report(variable, variable.nameSpan(), "variable '" + variable.name()
        + "' has no type constraint", "add type = " + suggestedType(variable)
        + " to variable \"" + variable.name() + "\" (type = any accepts any value on purpose)");
  }

  /** The type its default suggests, when the default is a simple literal. */
  private static String suggestedType(Variable variable) {
    if (variable.defaultExpression().isEmpty()) {
      return "<type>";
    }
    Value value = variable.module().evaluate(variable.defaultExpression().get());
    return switch (value.kind()) {
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOL -> "bool";
      default -> "<type>";
    };
  }
}
