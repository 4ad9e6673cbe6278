package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Local;
import dev.plumbline.core.model.terraform.ModuleCall;
import dev.plumbline.core.model.terraform.Reference;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.Variable;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.rule.TerraformRule;
import java.util.List;

/**
 * A reference to a variable, local value or module call ({@code var.x}, {@code local.x},
 * {@code module.x}) that no file of the module declares: {@code terraform validate} and
 * {@code plan} fail with "Reference to undeclared input variable" and its siblings. A module with
 * a file that could not be read whole is skipped: the declaration may be in the missing part.
 */
@Rule(id = "TF013", name = "undefined-reference", platform = Platform.TERRAFORM,
    severity = Severity.ERROR, tags = {"correctness"},
    summary = "Reference to a variable, local value or module that is not declared")
public final class UndefinedReference implements TerraformRule {

  @Override
  public void visitModule(TerraformModule module, ModuleContext ctx) {
    if (!module.isComplete()) {
      return;
    }
    List<String> variables = module.variables().stream().map(Variable::name).toList();
    List<String> locals = module.locals().stream().map(Local::name).toList();
    List<String> modules = module.moduleCalls().stream().map(ModuleCall::name).toList();
    for (Reference reference : module.references()) {
      switch (reference.kind()) {
        case VARIABLE -> check(reference, variables, "input variable", "variable \"",
            "\" {}", ctx);
        case LOCAL -> check(reference, locals, "local value", "locals { ", " = ... }", ctx);
        case MODULE -> check(reference, modules, "module call", "module \"", "\" { source = ... }",
            ctx);
        default -> { }
      }
    }
  }

  private static void check(Reference reference, List<String> declared, String what,
      String declarationStart, String declarationEnd, ModuleContext ctx) {
    String name = reference.name();
    if (declared.contains(name)) {
      return;
    }
    String root = reference.address().substring(0, reference.address().indexOf('.') + 1);
    String suggestion = Suggestions.closest(name, declared)
        .map(n -> "; did you mean '" + root + n + "'?").orElse("");
    ctx.report(reference, reference.addressSpan(), reference.address() + " refers to an "
        + "undeclared " + what + suggestion,
        "declare it in the module (" + declarationStart + name + declarationEnd
        + "), or correct the name");
  }
}
