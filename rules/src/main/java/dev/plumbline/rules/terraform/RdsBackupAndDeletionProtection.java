package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.Span;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An RDS instance or cluster that is easy to lose: automated backups kept for less than a week
 * (or turned off), no deletion protection, or no final snapshot when it is destroyed. Each
 * problem is its own finding. Read replicas have no backups or final snapshot of their own and
 * are only checked for deletion protection; instances in a cluster are covered by the cluster.
 */
@Rule(id = "TF112", name = "rds-backup-and-deletion-protection", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"reliability", "aws", "backup"},
    summary = "RDS database with short backups, no deletion protection or no final snapshot")
public final class RdsBackupAndDeletionProtection implements TerraformRule {

  /** Days RDS keeps automated backups when {@code backup_retention_period} is not set. */
  private static final int DEFAULT_RETENTION = 1;

  @RuleOption(name = "min-backup-retention", description = "The fewest days of automated "
      + "backups accepted (backup_retention_period); RDS allows up to 35.")
  int minBackupRetention = 7;

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    if (resource.isData()) {
      return;
    }
    boolean replica;
    switch (resource.type()) {
      case "aws_db_instance" -> {
        if (TrueSetting.mayBeSet(resource, "cluster_identifier")) {
          return;
        }
        replica = TrueSetting.mayBeSet(resource, "replicate_source_db");
      }
      case "aws_rds_cluster" -> replica = false;
      default -> {
        return;
      }
    }
    if (!replica) {
      checkRetention(resource, ctx);
    }
    TrueSetting.check(resource, "deletion_protection", "can be deleted by a single 'terraform "
        + "destroy' or a replacing change", "set 'deletion_protection = true' in resource \""
        + resource.type() + "\" \"" + resource.name() + "\"", ctx);
    if (!replica && resource.value("skip_final_snapshot").isTrue()) {
      ctx.report(resource, resource.expression("skip_final_snapshot").orElseThrow().span(),
          resource.address() + " is deleted without a final snapshot: 'skip_final_snapshot' is "
              + "true", "remove 'skip_final_snapshot' (false is the default) and set "
              + "'final_snapshot_identifier'");
    }
  }

  private void checkRetention(Resource resource, ModuleContext ctx) {
    String hint = "set 'backup_retention_period' to " + minBackupRetention
        + " days or more (at most 35) in resource \"" + resource.type() + "\" \""
        + resource.name() + "\"";
    if (!resource.has("backup_retention_period")) {
      if (DEFAULT_RETENTION < minBackupRetention) {
        ctx.report(resource, resource.headSpan(), resource.address() + " keeps automated "
            + "backups for " + days(DEFAULT_RETENTION) + ", the default: it has no "
            + "'backup_retention_period'", hint);
      }
      return;
    }
    Value value = resource.value("backup_retention_period");
    Span at = resource.expression("backup_retention_period").orElseThrow().span();
    if (value.isNull()) {
      if (DEFAULT_RETENTION < minBackupRetention) {
        ctx.report(resource, at, resource.address() + " keeps automated backups for "
            + days(DEFAULT_RETENTION) + ", the default: 'backup_retention_period' is null", hint);
      }
      return;
    }
    Optional<BigDecimal> days = value.toNumber();
    if (days.isEmpty() || days.get().compareTo(BigDecimal.valueOf(minBackupRetention)) >= 0) {
      return;
    }
    String text = value.toText().orElseThrow();
    String message = days.get().signum() <= 0
        ? " has no automated backups: 'backup_retention_period' is " + text
        : " keeps automated backups for " + days(days.get()) + " only: "
            + "'backup_retention_period' is " + text + ", fewer than " + minBackupRetention;
    ctx.report(resource, at, resource.address() + message, hint);
  }

  private static String days(Number n) {
    String text = n instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
        : n.toString();
    return text + (text.equals("1") ? " day" : " days");
  }
}
