package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;

/**
 * A symmetric KMS key without automatic rotation of its key material. Asymmetric and HMAC keys,
 * and keys in a custom key store, cannot rotate automatically and are not reported.
 */
@Rule(id = "TF114", name = "kms-rotation-disabled", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "aws", "encryption"}, securitySeverity = 3.0,
    summary = "Symmetric KMS key without automatic key rotation")
public final class KmsRotationDisabled implements TerraformRule {

  @Override
  public void visitResource(Resource key, ModuleContext ctx) {
    if (key.isData() || !key.type().equals("aws_kms_key") || !rotatable(key)) {
      return;
    }
    TrueSetting.check(key, "enable_key_rotation", "never rotates its key material",
        "set 'enable_key_rotation = true' in resource \"aws_kms_key\" \"" + key.name()
            + "\" (yearly by default; 'rotation_period_in_days' sets 90 to 2560 days)", ctx);
  }

  /** Whether the key is definitely one that AWS can rotate: symmetric, in AWS KMS itself. */
  private static boolean rotatable(Resource key) {
    Value spec = key.value("customer_master_key_spec");
    return (spec.isNull() || spec.is("SYMMETRIC_DEFAULT"))
        && !TrueSetting.mayBeSet(key, "custom_key_store_id");
  }
}
