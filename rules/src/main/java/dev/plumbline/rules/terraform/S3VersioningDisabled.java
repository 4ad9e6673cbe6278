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
 * An S3 bucket without versioning: no {@code versioning { enabled = true }} block (provider v3)
 * and no {@code aws_s3_bucket_versioning} with {@code status = "Enabled"} for it in the module,
 * or versioning written as disabled or suspended.
 */
@Rule(id = "TF104", name = "s3-versioning-disabled", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"security", "reliability", "aws"}, securitySeverity = 3.0,
    summary = "S3 bucket without versioning enabled")
public final class S3VersioningDisabled implements TerraformRule {

  private static final String COMPANION = "aws_s3_bucket_versioning";

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    if (resource.isData() || !resource.module().isComplete()) {
      return;
    }
    if (resource.type().equals("aws_s3_bucket")) {
      checkBucket(resource, ctx);
    } else if (resource.type().equals(COMPANION)) {
      for (TerraformBlock configuration : resource.nestedBlocks("versioning_configuration")) {
        Value status = configuration.value("status");
        if (status.isKnown() && !status.isNull() && status.isNot("Enabled")) {
          ctx.report(resource, configuration.expression("status").orElseThrow().span(),
              resource.address() + " sets versioning status \"" + status.toText().orElseThrow()
                  + "\": overwritten and deleted objects cannot be recovered",
              "set status = \"Enabled\" in its versioning_configuration");
        }
      }
    }
  }

  private static void checkBucket(Resource bucket, ModuleContext ctx) {
    Optional<TerraformBlock> inline = bucket.nestedBlock("versioning");
    Value enabled = inline.map(v -> v.value("enabled")).orElse(Value.NULL);
    if (enabled.isFalse()) {
      ctx.report(bucket, inline.get().expression("enabled").orElseThrow().span(),
          bucket.address() + " has versioning { enabled = false }: overwritten and deleted "
              + "objects cannot be recovered", "set 'enabled = true' in its versioning block");
      return;
    }
    if (!enabled.isNull()) {
      return; // enabled, or not known
    }
    if (bucket.hasDynamic("versioning") || bucket.has("versioning")) {
      return; // generated, or an object in the JSON syntax: not judged
    }
    if (Companions.of(bucket, COMPANION, "bucket", "bucket").certainlyNone()) {
      ctx.report(bucket, bucket.headSpan(), bucket.address() + " has no versioning: neither "
          + "a versioning block nor an aws_s3_bucket_versioning with status = \"Enabled\"",
          "add resource \"" + COMPANION + "\" with bucket = " + bucket.address()
              + ".id and versioning_configuration { status = \"Enabled\" }");
    }
  }
}
