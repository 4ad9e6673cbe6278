package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Body;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.model.terraform.Local;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformFile;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.TerraformNode;
import dev.plumbline.core.model.terraform.Variable;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A variable, local value or data source that nothing else in its module refers to. References
 * from every file of the directory count (override files and the JSON syntax included), except
 * a declaration's references to itself, such as a variable's own validation. A module with a file
 * that could not be read whole is skipped: the reference may be in the part that is missing.
 */
@Rule(id = "TF012", name = "unused-declaration", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"maintainability"},
    summary = "Variable, local value or data source that the module never uses")
public final class UnusedDeclaration implements TerraformRule {

  /**
   * In the JSON syntax {@code depends_on} and {@code replace_triggered_by} name what they refer
   * to in plain strings ({@code "data.aws_iam_policy_document.p"}), not in templates.
   */
  private static final Pattern DATA_ADDRESS =
      Pattern.compile("^data\\.([A-Za-z_][A-Za-z0-9_-]*)\\.([A-Za-z_][A-Za-z0-9_-]*)");

  @Override
  public void visitModule(TerraformModule module, ModuleContext ctx) {
    if (!module.isComplete()) {
      return;
    }
    for (Variable variable : module.variables()) {
      if (!usedElsewhere(module, variable)) {
        ctx.report(variable, variable.nameSpan(), "variable '" + variable.name()
            + "' is declared but never used in the module", "remove variable \""
            + variable.name() + "\" (and the values set for it in tfvars files), or use it");
      }
    }
    for (Local local : module.locals()) {
      if (!usedElsewhere(module, local)) {
        ctx.report(local, local.nameSpan(), "local value '" + local.name()
            + "' is declared but never used in the module", "remove it, or use it as "
            + local.address());
      }
    }
    Set<String> namedInJson = dataAddressesInJson(module);
    for (Resource data : module.dataSources()) {
      if (!usedElsewhere(module, data) && !namedInJson.contains(data.address())
          && !isCheck(data)) {
        ctx.report(data, data.nameSpan(), "data source " + data.address()
            + " is read but never used in the module", "remove data \"" + data.type() + "\" \""
            + data.name() + "\", or use it");
      }
    }
  }

  /** Whether something other than the declaration itself refers to it. */
  private static boolean usedElsewhere(TerraformModule module, TerraformNode declaration) {
    return module.referencesTo(declaration).stream().anyMatch(r -> r.from() != declaration);
  }

  /** A data source with a postcondition is read to check something, not for its value. */
  private static boolean isCheck(Resource data) {
    return data.nestedBlocks("lifecycle").stream()
        .anyMatch(l -> !l.nestedBlocks("postcondition").isEmpty());
  }

  private static Set<String> dataAddressesInJson(TerraformModule module) {
    Set<String> addresses = new HashSet<>();
    for (TerraformFile file : module.configurationFiles()) {
      if (file.isJson()) {
        body(file.body(), addresses);
      }
    }
    return addresses;
  }

  private static void body(Body body, Set<String> addresses) {
    for (Attribute attribute : body.attributes()) {
      attribute.expression().walk(e -> literal(e, addresses));
    }
    for (Block block : body.blocks()) {
      body(block.body(), addresses);
    }
  }

  private static void literal(Expression e, Set<String> addresses) {
    Optional<String> text = e.stringValue();
    if (text.isPresent()) {
      Matcher m = DATA_ADDRESS.matcher(text.get());
      if (m.find()) {
        addresses.add("data." + m.group(1) + "." + m.group(2));
      }
    }
  }
}
