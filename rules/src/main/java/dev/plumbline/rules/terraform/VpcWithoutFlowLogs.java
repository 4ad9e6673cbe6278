package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.ModuleCall;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.Locale;

/**
 * An {@code aws_vpc} with no {@code aws_flow_log} whose {@code vpc_id} refers to it in the
 * module. A flow log whose {@code vpc_id} cannot be read, or a module call about flow logs that
 * is given the VPC, may log it: the rule stays silent then.
 */
@Rule(id = "TF116", name = "vpc-without-flow-logs", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"security", "aws"}, securitySeverity = 3.0,
    enabledByDefault = false,
    summary = "VPC without flow logs")
public final class VpcWithoutFlowLogs implements TerraformRule {

  @Override
  public void visitResource(Resource vpc, ModuleContext ctx) {
    TerraformModule module = vpc.module();
    if (vpc.isData() || !vpc.type().equals("aws_vpc") || !module.isComplete()
        || !Companions.of(vpc, "aws_flow_log", "vpc_id", null).certainlyNone()
        || flowLogModuleGiven(vpc)) {
      return;
    }
    ctx.report(vpc, vpc.headSpan(), vpc.address() + " has no flow logs: no aws_flow_log in "
        + "the module has vpc_id = " + vpc.address() + ".id", "add resource \"aws_flow_log\" "
        + "with vpc_id = " + vpc.address() + ".id, traffic_type = \"ALL\" and a log "
        + "destination");
  }

  /** Whether a module call that looks like it creates flow logs is given the VPC. */
  private static boolean flowLogModuleGiven(Resource vpc) {
    for (ModuleCall call : vpc.module().moduleCalls()) {
      String text = (call.name() + " " + call.value("source").toText().orElse(""))
          .toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
      boolean refers = call.references().stream()
          .anyMatch(r -> r.address().equals(vpc.address()));
      if (refers && text.contains("flowlog")) {
        return true;
      }
    }
    return false;
  }
}
