package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;

/**
 * EBS volumes written without encryption: {@code aws_ebs_volume}, the {@code root_block_device}
 * and {@code ebs_block_device} blocks of {@code aws_instance} and
 * {@code aws_launch_configuration}, and the {@code block_device_mappings { ebs { } }} of
 * {@code aws_launch_template}. A device restored from a snapshot ({@code snapshot_id}) takes the
 * snapshot's encryption and is not judged; a missing {@code encrypted} is not reported when the
 * module turns on {@code aws_ebs_encryption_by_default}, an explicit {@code encrypted = false}
 * still is.
 */
@Rule(id = "TF108", name = "unencrypted-block-storage", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "encryption"}, securitySeverity = 5.0,
    summary = "EBS volume or instance block device without encryption")
public final class UnencryptedBlockStorage implements TerraformRule {

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    switch (resource.type()) {
      case "aws_ebs_volume" -> check(resource, resource, resource.address(), ctx);
      case "aws_instance", "aws_launch_configuration" -> {
        for (String type : new String[] {"root_block_device", "ebs_block_device"}) {
          for (TerraformBlock device : resource.nestedBlocks(type)) {
            check(resource, device, resource.address() + " " + type, ctx);
          }
        }
      }
      case "aws_launch_template" -> {
        for (TerraformBlock mapping : resource.nestedBlocks("block_device_mappings")) {
          String name = mapping.value("device_name").toText().map(n -> " " + n).orElse("");
          for (TerraformBlock ebs : mapping.nestedBlocks("ebs")) {
            check(resource, ebs, resource.address() + " block device" + name, ctx);
          }
        }
      }
      default -> { }
    }
  }

  private static void check(Resource resource, TerraformBlock device, String what,
      ModuleContext ctx) {
    Value encrypted = device.value("encrypted");
    if (encrypted.isFalse()) {
      ctx.report(resource, device.expression("encrypted").orElseThrow().span(),
          what + " is not encrypted: it sets 'encrypted = false'",
          "set 'encrypted = true' (and 'kms_key_id' for a customer-managed key)");
      return;
    }
    // set to something not known to be false, or to an input left to the module's caller
    boolean written = !device.expression("encrypted").map(Expression::isNull).orElse(true);
    if (written || device.has("snapshot_id")
        || encryptedByDefault(resource.module())) {
      return;
    }
    String where = device == resource
        ? "resource \"" + resource.type() + "\" \"" + resource.name() + "\""
        : "the " + device.blockType() + " block of " + resource.address();
    ctx.report(resource, device.headSpan(), what + " is not encrypted: it has no "
        + "'encrypted = true'", "add 'encrypted = true' to " + where
        + " (and 'kms_key_id' for a customer-managed key), or turn on "
        + "aws_ebs_encryption_by_default");
  }

  /** Whether the module turns on EBS encryption by default for its account and region. */
  static boolean encryptedByDefault(TerraformModule module) {
    // 'enabled' defaults to true; only a definite false leaves the default off. A module that
    // could not be read completely may turn it on in the part that was not read.
    return !module.isComplete() || module.resources("aws_ebs_encryption_by_default").stream()
        .anyMatch(r -> !r.value("enabled").isFalse());
  }
}
