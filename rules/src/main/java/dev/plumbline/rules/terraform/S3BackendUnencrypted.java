package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.model.terraform.Backend;
import dev.plumbline.core.model.terraform.TerraformSettings;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.Optional;

/**
 * An S3 backend that does not ask for server-side encryption of the state: {@code encrypt}
 * missing or false. An empty {@code backend "s3" {}} (partial configuration) is not judged.
 */
@Rule(id = "TF002", name = "s3-backend-unencrypted", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "state", "encryption"},
    securitySeverity = 5.0,
    summary = "S3 backend does not encrypt the Terraform state")
public final class S3BackendUnencrypted implements TerraformRule {

  private static final String HINT = "set 'encrypt = true' in backend \"s3\" (and 'kms_key_id' "
      + "for a customer-managed key)";

  @Override
  public void visitTerraformBlock(TerraformSettings settings, ModuleContext ctx) {
    Optional<Backend> judged = S3Backends.judged(settings);
    if (judged.isEmpty()) {
      return;
    }
    Backend backend = judged.get();
    Optional<Expression> encrypt = backend.expression("encrypt");
    if (encrypt.isPresent()) {
      if (backend.value("encrypt").isFalse()) {
        ctx.report(backend, encrypt.get().span(), "the S3 backend stores the state "
            + "unencrypted: 'encrypt' is false" + kmsNote(backend), HINT);
      }
      return;
    }
    ctx.report(backend, backend.headSpan(), "the S3 backend stores the state unencrypted: it "
        + "has no 'encrypt = true'" + kmsNote(backend), HINT);
  }

  /** The S3 backend uses {@code kms_key_id} only when {@code encrypt} is true. */
  private static String kmsNote(Backend backend) {
    return backend.has("kms_key_id") ? " ('kms_key_id' is ignored without it)" : "";
  }
}
