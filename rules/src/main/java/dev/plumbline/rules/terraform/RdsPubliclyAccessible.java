package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.Set;

/** An RDS instance given a public IP address and DNS name ({@code publicly_accessible = true}). */
@Rule(id = "TF111", name = "rds-publicly-accessible", platform = Platform.TERRAFORM,
    severity = Severity.ERROR, tags = {"security", "aws", "network"}, securitySeverity = 7.0,
    summary = "RDS instance reachable from the internet")
public final class RdsPubliclyAccessible implements TerraformRule {

  private static final Set<String> TYPES = Set.of("aws_db_instance", "aws_rds_cluster_instance");

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    if (resource.isData() || !TYPES.contains(resource.type())
        || !resource.value("publicly_accessible").isTrue()) {
      return;
    }
    ctx.report(resource, resource.expression("publicly_accessible").orElseThrow().span(),
        resource.address() + " is reachable from the internet: 'publicly_accessible' is true",
        "remove 'publicly_accessible' (false is the default) and reach the database from inside "
            + "the VPC: a bastion, a VPN or RDS Proxy");
  }
}
