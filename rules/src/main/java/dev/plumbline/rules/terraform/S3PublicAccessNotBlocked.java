package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.List;

/**
 * An S3 bucket whose public access is not blocked: no {@code aws_s3_bucket_public_access_block}
 * for it in the module, or one that leaves a setting false (a setting that is not written is
 * false). An {@code aws_s3_account_public_access_block} with all four settings true covers every
 * bucket of the account.
 */
@Rule(id = "TF102", name = "s3-public-access-not-blocked", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "aws"}, securitySeverity = 5.0,
    summary = "S3 bucket without a public access block that blocks all four kinds of access")
public final class S3PublicAccessNotBlocked implements TerraformRule {

  static final String BLOCK = "aws_s3_bucket_public_access_block";
  static final List<String> SETTINGS = List.of("block_public_acls", "block_public_policy",
      "ignore_public_acls", "restrict_public_buckets");

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    TerraformModule module = resource.module();
    if (resource.isData() || !module.isComplete() || accountBlocksAll(module)) {
      return;
    }
    if (resource.type().equals("aws_s3_bucket")) {
      if (Companions.of(resource, BLOCK, "bucket", "bucket").certainlyNone()) {
        ctx.report(resource, resource.headSpan(), resource.address() + " has no "
            + "aws_s3_bucket_public_access_block: nothing stops a policy or ACL from making it "
            + "public", "add resource \"" + BLOCK + "\" with bucket = " + resource.address()
            + ".id and all four settings (" + String.join(", ", SETTINGS) + ") = true");
      }
    } else if (resource.type().equals(BLOCK)) {
      checkSettings(resource, ctx);
    }
  }

  /** Reports each setting that is false, or not written (false by default). */
  private static void checkSettings(Resource block, ModuleContext ctx) {
    for (String setting : SETTINGS) {
      if (!block.has(setting)) {
        ctx.report(block, block.headSpan(), block.address() + " does not set '" + setting
            + "', which is false by default", "add '" + setting + " = true' to resource \""
            + block.type() + "\" \"" + block.name() + "\"");
      } else if (block.value(setting).isFalse()) {
        ctx.report(block, block.expression(setting).orElseThrow().span(), block.address()
            + " sets '" + setting + "' to false", "set '" + setting + " = true'");
      }
    }
  }

  /** Whether the module blocks public access for the whole account. */
  private static boolean accountBlocksAll(TerraformModule module) {
    return module.resources("aws_s3_account_public_access_block").stream()
        .anyMatch(b -> SETTINGS.stream().allMatch(s -> b.value(s).isTrue()));
  }
}
