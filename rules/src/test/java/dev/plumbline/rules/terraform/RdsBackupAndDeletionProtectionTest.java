package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** TF112 where fixtures cannot show it: its option, values from another file, null values. */
class RdsBackupAndDeletionProtectionTest {

  private static final String CLUSTER = """
      resource "aws_rds_cluster" "shop" {
        cluster_identifier      = "shop"
        deletion_protection     = true
        backup_retention_period = var.retention
      }
      """;

  private static final String RETENTION = """
      variable "retention" {
        type = number
      }
      """;

  @Test
  void retentionIsResolvedFromTheVariablesFileOfTheModule() {
    assertThat(TerraformLint.findings("TF112", "db/main.tf", CLUSTER,
        "db/variables.tf", RETENTION, "db/terraform.tfvars", "retention = \"2\"\n"))
        .containsExactly("db/main.tf:4:29 aws_rds_cluster.shop keeps automated backups for 2 "
            + "days only: 'backup_retention_period' is 2, fewer than 7");
    assertThat(TerraformLint.findings("TF112", "db/main.tf", CLUSTER,
        "db/variables.tf", RETENTION, "db/terraform.tfvars", "retention = 7\n")).isEmpty();
    assertThat(TerraformLint.findings("TF112", "db/main.tf", CLUSTER,
        "db/variables.tf", RETENTION)).as("unknown").isEmpty();
  }

  @Test
  void aNullRetentionMeansTheDefaultOfOneDay() {
    assertThat(TerraformLint.findings("TF112", "main.tf", CLUSTER,
        "variables.tf", "variable \"retention\" {\n  type    = number\n  default = null\n}\n"))
        .containsExactly("main.tf:4:29 aws_rds_cluster.shop keeps automated backups for 1 day, "
            + "the default: 'backup_retention_period' is null");
  }

  @Test
  void theFewestDaysAcceptedIsAnOption() {
    String database = """
        resource "aws_db_instance" "a" {
          deletion_protection     = true
          backup_retention_period = 7
        }
        resource "aws_db_instance" "b" {
          deletion_protection = true
        }
        """;
    assertThat(TerraformLint.findings("TF112", Map.of("min-backup-retention", 14),
        "main.tf", database)).containsExactly(
            "main.tf:3:29 aws_db_instance.a keeps automated backups for 7 days only: "
                + "'backup_retention_period' is 7, fewer than 14",
            "main.tf:5:1 aws_db_instance.b keeps automated backups for 1 day, the default: it "
                + "has no 'backup_retention_period'");
    assertThat(TerraformLint.findings("TF112", Map.of("min-backup-retention", 1),
        "main.tf", database)).as("the default of one day is enough").isEmpty();
  }
}
