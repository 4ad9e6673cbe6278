package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.model.terraform.Variable;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.Optional;

/**
 * A {@code variable} without a description, or with an empty one: whoever sets it (a caller of
 * the module, a tfvars file, the prompt of {@code terraform plan}) is told nothing about it.
 */
@Rule(id = "TF004", name = "variable-without-description", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"maintainability", "documentation"},
    summary = "Variable without a description")
public final class VariableWithoutDescription implements TerraformRule {

  @Override
  public void visitVariable(Variable variable, ModuleContext ctx) {
    Optional<Expression> description = variable.expression("description");
    String hint = "add description = \"...\" to variable \"" + variable.name()
        + "\": what it is for, its unit or format, and an example value";
    if (description.isEmpty()) {
      ctx.report(variable, variable.nameSpan(), "variable '" + variable.name()
          + "' has no description", hint);
      return;
    }
    // only a literal can be judged; Terraform requires one anyway
    Optional<String> text = description.get().stringValue();
    if (text.isPresent() && text.get().isBlank()) {
      ctx.report(variable, description.get().span(), "the description of variable '"
          + variable.name() + "' is empty", hint);
    }
  }
}
