package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.Span;
import java.util.Set;

/**
 * Security groups and security group rules without a description: {@code aws_security_group}
 * (and its inline {@code ingress}/{@code egress} blocks), {@code aws_security_group_rule},
 * {@code aws_vpc_security_group_ingress_rule} and {@code aws_vpc_security_group_egress_rule}. A
 * description that is empty, or the provider's placeholder "Managed by Terraform", counts as
 * none; one whose value is unknown, or an input whose default is null, counts as written.
 */
@Rule(id = "TF107", name = "security-group-without-description", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"security", "maintainability"}, securitySeverity = 3.0,
    summary = "Security group or security group rule without a description")
public final class SecurityGroupWithoutDescription implements TerraformRule {

  /** What the provider sets when a group has no description: it says nothing about the group. */
  static final String PLACEHOLDER = "Managed by Terraform";
  private static final Set<String> RULES = Set.of("aws_security_group_rule",
      "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule");

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    if (resource.type().equals("aws_security_group")) {
      check(resource, resource, "security group " + resource.address(), ctx);
      for (String type : new String[] {"ingress", "egress"}) {
        for (TerraformBlock rule : resource.nestedBlocks(type)) {
          check(resource, rule, "an " + type + " rule of " + resource.address(), ctx);
        }
      }
    } else if (RULES.contains(resource.type())) {
      check(resource, resource, "security group rule " + resource.address(), ctx);
    }
  }

  private static void check(Resource resource, TerraformBlock block, String what,
      ModuleContext ctx) {
    Value description = block.value("description");
    String where = block == resource
        ? "resource \"" + resource.type() + "\" \"" + resource.name() + "\""
        : "this " + block.blockType() + " block";
    String hint = "add a 'description' to " + where + " that says what the "
        + (block == resource && resource.type().equals("aws_security_group") ? "group" : "rule")
        + " allows and why";
    if (block.expression("description").map(Expression::isNull).orElse(true)) {
      ctx.report(resource, block.headSpan(), what + " has no description", hint);
      return;
    }
    if (description.isNull()) {
      return; // an input whose default is null: the module's caller decides
    }
    Span at = block.expression("description").orElseThrow().span();
    if (description.toText().filter(String::isBlank).isPresent()) {
      ctx.report(resource, at, what + " has an empty description", hint);
    } else if (description.is(PLACEHOLDER)) {
      ctx.report(resource, at, what + " has the placeholder description '" + PLACEHOLDER
          + "'", hint);
    }
  }
}
