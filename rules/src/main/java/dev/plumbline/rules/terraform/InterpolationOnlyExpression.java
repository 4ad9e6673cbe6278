package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Body;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.ObjectExpression;
import dev.plumbline.core.hcl.ObjectItem;
import dev.plumbline.core.hcl.Template;
import dev.plumbline.core.model.terraform.TerraformFile;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * A quoted string that is one interpolation and nothing else, {@code "${var.x}"}: the Terraform
 * 0.11 way of writing an expression. HCL unwraps such a template and returns the expression's
 * value as it is (a list stays a list), so the bare expression means the same and reads better.
 * Heredocs, templates with other text and the JSON syntax (where strings are the only way to
 * write an expression) are not reported.
 */
@Rule(id = "TF011", name = "interpolation-only-expression", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"style"},
    summary = "String that is only an interpolation, where the bare expression suffices")
public final class InterpolationOnlyExpression implements TerraformRule {

  /** Longer expressions are not repeated in the hint. */
  private static final int MAX_HINT_EXPRESSION = 60;

  @Override
  public void visitFile(TerraformFile file, ModuleContext ctx) {
    if (file.isVariables() || file.isJson()) {
      return;
    }
    body(file, file.body(), ctx);
  }

  private void body(TerraformFile file, Body body, ModuleContext ctx) {
    for (Attribute attribute : body.attributes()) {
      expression(file, attribute.expression(), ctx);
    }
    for (Block block : body.blocks()) {
      body(file, block.body(), ctx);
    }
  }

  private void expression(TerraformFile file, Expression root, ModuleContext ctx) {
    Set<Expression> keys = Collections.newSetFromMap(new IdentityHashMap<>());
    root.walk(e -> {
      if (e instanceof ObjectExpression object) {
        for (ObjectItem item : object.items()) {
          keys.add(item.key());
        }
      }
      if (e instanceof Template template && template.heredoc().isEmpty()) {
        Optional<Expression> inner = template.unwrapped();
        if (inner.isPresent()) {
          report(file, template, inner.get(), keys.contains(e), ctx);
        }
      }
    });
  }

  private static void report(TerraformFile file, Template template, Expression inner,
      boolean key, ModuleContext ctx) {
    String text = file.source().text(inner.span()).strip();
    boolean quotable = text.length() <= MAX_HINT_EXPRESSION && text.indexOf('\n') < 0;
    String fix = key ? "(" + text + ")" : text;
    String message = quotable ? "\"${" + text + "}\" is only an interpolation; write " + fix
        : "this string is only an interpolation; write the expression without \"${ }\"";
    String hint = key ? "an object key that is an expression goes in parentheses: replace the "
        + "string with " + (quotable ? fix : "(expression)")
        : "replace the string with " + (quotable ? fix : "the expression inside it")
        + ": a template of one interpolation returns the expression's value unchanged";
    ctx.report(file.path(), template.span(), message, hint);
  }
}
