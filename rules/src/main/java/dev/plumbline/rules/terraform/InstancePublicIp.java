package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;

/**
 * EC2 instances given a public IP address: {@code associate_public_ip_address = true} on
 * {@code aws_instance}, or in a {@code network_interfaces} block of {@code aws_launch_template}.
 * Only a value that is certainly true is reported; the subnet's own setting
 * ({@code map_public_ip_on_launch}) is a different question.
 */
@Rule(id = "TF121", name = "instance-public-ip", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"security", "network"}, securitySeverity = 3.0,
    summary = "EC2 instance or launch template associates a public IP address")
public final class InstancePublicIp implements TerraformRule {

  private static final String ATTRIBUTE = "associate_public_ip_address";

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    if (resource.type().equals("aws_instance")) {
      check(resource, resource, resource.address() + " gets", ctx);
    } else if (resource.type().equals("aws_launch_template")) {
      for (TerraformBlock network : resource.nestedBlocks("network_interfaces")) {
        check(resource, network, "instances launched from " + resource.address() + " get", ctx);
      }
    }
  }

  private static void check(Resource resource, TerraformBlock block, String what,
      ModuleContext ctx) {
    if (block.value(ATTRIBUTE).isTrue()) {
      ctx.report(resource, block.expression(ATTRIBUTE).orElseThrow().span(), what
          + " a public IP address: '" + ATTRIBUTE + "' is true",
          "set '" + ATTRIBUTE + " = false' and reach the instance through a load balancer, a "
              + "NAT gateway for outbound traffic, or AWS Systems Manager Session Manager");
    }
  }
}
