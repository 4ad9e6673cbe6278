package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.Optional;

/**
 * An S3 bucket whose default encryption is not SSE-KMS with a customer-managed key: no
 * encryption configuration for it (inline {@code server_side_encryption_configuration} of
 * provider v3, or {@code aws_s3_bucket_server_side_encryption_configuration}), SSE-S3
 * ({@code AES256}), or {@code aws:kms} without {@code kms_master_key_id} (the AWS managed key
 * {@code aws/s3}, whose policy the account cannot restrict).
 */
@Rule(id = "TF103", name = "s3-without-cmk-encryption", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"security", "aws"}, securitySeverity = 3.0,
    enabledByDefault = false,
    summary = "S3 bucket not encrypted with a customer-managed KMS key")
public final class S3WithoutCmkEncryption implements TerraformRule {

  private static final String CONFIGURATION = "server_side_encryption_configuration";
  private static final String COMPANION = "aws_s3_bucket_" + CONFIGURATION;
  private static final String HINT = "set sse_algorithm = \"aws:kms\" and kms_master_key_id to "
      + "an aws_kms_key of the module in apply_server_side_encryption_by_default";

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    if (resource.isData() || !resource.module().isComplete()) {
      return;
    }
    if (resource.type().equals("aws_s3_bucket")) {
      Optional<TerraformBlock> inline = resource.nestedBlock(CONFIGURATION);
      if (inline.isPresent()) {
        checkRules(resource, inline.get(), ctx);
      } else if (!resource.hasDynamic(CONFIGURATION) && !resource.has(CONFIGURATION)
          && Companions.of(resource, COMPANION, "bucket", "bucket").certainlyNone()) {
        ctx.report(resource, resource.headSpan(), resource.address() + " has no default "
            + "encryption with a customer-managed KMS key: neither a " + CONFIGURATION
            + " block nor an " + COMPANION, "add resource \"" + COMPANION + "\" with bucket = "
            + resource.address() + ".id; " + HINT);
      }
    } else if (resource.type().equals(COMPANION)) {
      checkRules(resource, resource, ctx);
    }
  }

  /** Checks the default encryption of each {@code rule} of a configuration. */
  private static void checkRules(Resource owner, TerraformBlock configuration,
      ModuleContext ctx) {
    for (TerraformBlock rule : configuration.nestedBlocks("rule")) {
      for (TerraformBlock defaults : rule.nestedBlocks("apply_server_side_encryption_by_default")) {
        Value algorithm = defaults.value("sse_algorithm");
        if (algorithm.is("AES256")) {
          ctx.report(owner, defaults.expression("sse_algorithm").orElseThrow().span(),
              owner.address() + " encrypts with SSE-S3 (\"AES256\"), keys that S3 manages, "
                  + "not a customer-managed KMS key", HINT);
        } else if ((algorithm.is("aws:kms") || algorithm.is("aws:kms:dsse"))
            && !defaults.has("kms_master_key_id")) {
          ctx.report(owner, defaults.expression("sse_algorithm").orElseThrow().span(),
              owner.address() + " uses \"" + algorithm.toText().orElseThrow() + "\" without "
                  + "kms_master_key_id: the AWS managed key aws/s3, not a customer-managed key",
              "set kms_master_key_id to an aws_kms_key of the module");
        }
      }
    }
  }
}
