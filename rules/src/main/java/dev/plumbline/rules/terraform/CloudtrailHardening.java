package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;

/**
 * A CloudTrail trail without one of the settings that make its record trustworthy and complete:
 * log file validation, encryption with a customer-managed KMS key, and recording every region.
 * Each missing setting is its own finding.
 */
@Rule(id = "TF113", name = "cloudtrail-hardening", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "aws", "logging"}, securitySeverity = 5.0,
    summary = "CloudTrail trail without log validation, KMS encryption or all regions")
public final class CloudtrailHardening implements TerraformRule {

  @Override
  public void visitResource(Resource trail, ModuleContext ctx) {
    if (trail.isData() || !trail.type().equals("aws_cloudtrail")) {
      return;
    }
    String block = " in resource \"aws_cloudtrail\" \"" + trail.name() + "\"";
    TrueSetting.check(trail, "enable_log_file_validation", "does not sign its log files, so "
        + "changed or deleted logs go unnoticed", "set 'enable_log_file_validation = true'"
        + block, ctx);
    checkKmsKey(trail, block, ctx);
    TrueSetting.check(trail, "is_multi_region_trail", "records only the region it is created "
        + "in", "set 'is_multi_region_trail = true'" + block, ctx);
  }

  private static void checkKmsKey(Resource trail, String block, ModuleContext ctx) {
    String problem = trail.address() + " logs are encrypted with S3-managed keys only";
    String hint = "set 'kms_key_id' to the ARN of a customer-managed KMS key" + block
        + " (its key policy must let CloudTrail use it)";
    if (!trail.has("kms_key_id")) {
      ctx.report(trail, trail.headSpan(), problem + ": it has no 'kms_key_id'", hint);
      return;
    }
    Value key = trail.value("kms_key_id");
    if (key.isNull() || key.is("")) {
      ctx.report(trail, trail.expression("kms_key_id").orElseThrow().span(),
          problem + ": 'kms_key_id' is " + (key.isNull() ? "null" : "empty"), hint);
    }
  }
}
