package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;

/**
 * ECS services whose tasks get a public IP address: {@code network_configuration} with
 * {@code assign_public_ip} resolving to true. Reported at the value.
 */
@Rule(id = "TF117", name = "ecs-public-ip", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "network"}, securitySeverity = 5.0,
    summary = "ECS service assigns public IP addresses to its tasks")
public final class EcsPublicIp implements TerraformRule {

  @Override
  public void visitResource(Resource service, ModuleContext ctx) {
    if (service.isData() || !service.type().equals("aws_ecs_service")) {
      return;
    }
    for (TerraformBlock network : service.nestedBlocks("network_configuration")) {
      if (network.value("assign_public_ip").isTrue()) {
        ctx.report(service, network.expression("assign_public_ip").orElseThrow().span(),
            service.address() + " gives each task a public IP address "
                + "('assign_public_ip = true')",
            "set 'assign_public_ip = false' and run the tasks in private subnets, reaching "
                + "ECR and other AWS services through a NAT gateway or VPC endpoints");
      }
    }
  }
}
