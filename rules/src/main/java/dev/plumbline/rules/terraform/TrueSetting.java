package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import java.util.Optional;

/**
 * A bool argument a resource should set to {@code true}: a finding at the resource's labels when
 * it is missing, at the value when it is definitely false or null, and none when the value is
 * unknown.
 */
final class TrueSetting {

  private TrueSetting() {}

  /**
   * Reports {@code argument} of {@code resource} unless it is true or unknown.
   *
   * @param problem what the resource then does wrong, after its address ("is not encrypted")
   * @param hint how to fix it, or null
   */
  static void check(Resource resource, String argument, String problem, String hint,
      ModuleContext ctx) {
    Optional<Expression> expression = resource.expression(argument);
    if (expression.isEmpty()) {
      ctx.report(resource, resource.headSpan(), resource.address() + " " + problem
          + ": it has no '" + argument + " = true'", hint);
      return;
    }
    Value value = resource.value(argument);
    if (value.isFalse() || value.isNull()) {
      ctx.report(resource, expression.get().span(), resource.address() + " " + problem + ": '"
          + argument + "' is " + value.toText().orElse("null"), hint);
    }
  }

  /**
   * Whether a block may set {@code argument} to something: it is written with a value that is
   * not definitely null (an unknown value may be set).
   */
  static boolean mayBeSet(TerraformBlock block, String argument) {
    return block.has(argument) && !block.value(argument).isNull();
  }
}
