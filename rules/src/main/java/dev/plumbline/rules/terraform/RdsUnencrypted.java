package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.List;

/**
 * An RDS instance or cluster whose storage is not encrypted at rest. Databases whose encryption
 * is decided elsewhere are left alone: instances in a cluster, read replicas, restores from a
 * snapshot or a point in time, and Aurora Serverless v1 clusters (always encrypted).
 */
@Rule(id = "TF110", name = "rds-unencrypted", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "aws", "encryption"},
    securitySeverity = 5.0, summary = "RDS instance or cluster without storage encryption")
public final class RdsUnencrypted implements TerraformRule {

  /** Arguments of an instance that take its encryption from another database or a snapshot. */
  private static final List<String> INSTANCE_SOURCES =
      List.of("cluster_identifier", "replicate_source_db", "snapshot_identifier");
  /** Arguments of a cluster that take its encryption from another cluster or a snapshot. */
  private static final List<String> CLUSTER_SOURCES =
      List.of("replication_source_identifier", "snapshot_identifier");

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    if (resource.isData()) {
      return;
    }
    switch (resource.type()) {
      case "aws_db_instance" -> {
        if (!inherits(resource, INSTANCE_SOURCES)) {
          check(resource, ctx);
        }
      }
      case "aws_rds_cluster" -> {
        if (!inherits(resource, CLUSTER_SOURCES) && !mayBeServerlessV1(resource)) {
          check(resource, ctx);
        }
      }
      default -> { }
    }
  }

  private static boolean inherits(Resource resource, List<String> sources) {
    return sources.stream().anyMatch(s -> TrueSetting.mayBeSet(resource, s))
        || !resource.nestedBlocks("restore_to_point_in_time").isEmpty()
        || resource.hasDynamic("restore_to_point_in_time");
  }

  /** Aurora Serverless v1 ({@code engine_mode = "serverless"}) encrypts every cluster. */
  private static boolean mayBeServerlessV1(Resource cluster) {
    return cluster.has("engine_mode") && !cluster.value("engine_mode").isNot("serverless");
  }

  private static void check(Resource resource, ModuleContext ctx) {
    TrueSetting.check(resource, "storage_encrypted", "stores its data unencrypted",
        "set 'storage_encrypted = true' in resource \"" + resource.type() + "\" \""
            + resource.name() + "\" (and 'kms_key_id' for a customer-managed key); encrypting "
            + "an existing database means restoring an encrypted copy of a snapshot", ctx);
  }
}
