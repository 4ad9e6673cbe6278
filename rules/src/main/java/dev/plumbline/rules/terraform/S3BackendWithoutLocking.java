package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.model.terraform.Backend;
import dev.plumbline.core.model.terraform.TerraformSettings;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.Optional;

/**
 * An S3 backend without state locking: neither {@code use_lockfile = true} (S3 native locking,
 * Terraform 1.10+) nor a {@code dynamodb_table}. An empty {@code backend "s3" {}} (partial
 * configuration) is not judged.
 */
@Rule(id = "TF003", name = "s3-backend-without-locking", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"reliability", "state"},
    summary = "S3 backend does not lock the Terraform state")
public final class S3BackendWithoutLocking implements TerraformRule {

  private static final String HINT = "set 'use_lockfile = true' in backend \"s3\" (Terraform "
      + "1.10+), or 'dynamodb_table' to a DynamoDB table with a LockID key";

  @Override
  public void visitTerraformBlock(TerraformSettings settings, ModuleContext ctx) {
    Optional<Backend> judged = S3Backends.judged(settings);
    if (judged.isEmpty()) {
      return;
    }
    Backend backend = judged.get();
    Optional<Expression> table = backend.expression("dynamodb_table");
    if (table.isPresent() && !isEmpty(backend.value("dynamodb_table"))) {
      return;
    }
    Optional<Expression> lockfile = backend.expression("use_lockfile");
    if (lockfile.isPresent()) {
      if (backend.value("use_lockfile").isFalse()) {
        ctx.report(backend, lockfile.get().span(), "the S3 backend does not lock the state: "
            + "'use_lockfile' is false and no 'dynamodb_table' is set", HINT);
      }
      return;
    }
    if (table.isPresent()) {
      ctx.report(backend, table.get().span(), "the S3 backend does not lock the state: "
          + "'dynamodb_table' is empty and 'use_lockfile' is not set", HINT);
      return;
    }
    ctx.report(backend, backend.headSpan(), "the S3 backend does not lock the state: it has "
        + "neither 'use_lockfile = true' nor 'dynamodb_table'", HINT);
  }

  /** Whether a value is certainly no table: null or the empty string. */
  private static boolean isEmpty(Value value) {
    return value.isNull() || value.is("");
  }
}
