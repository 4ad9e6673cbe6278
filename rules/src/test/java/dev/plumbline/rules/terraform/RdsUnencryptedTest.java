package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TF110 with values set in another file of the module. */
class RdsUnencryptedTest {

  @Test
  void encryptionAndEngineModeAreResolvedFromTheVariablesFile() {
    String main = """
        resource "aws_rds_cluster" "shop" {
          engine_mode       = var.mode
          storage_encrypted = var.encrypted
        }
        """;
    String variables = """
        variable "mode" {
          type = string
        }
        variable "encrypted" {
          type = bool
        }
        """;
    assertThat(TerraformLint.findings("TF110", "main.tf", main, "variables.tf", variables,
        "prod.auto.tfvars", "mode = \"provisioned\"\nencrypted = false\n"))
        .containsExactly("main.tf:3:23 aws_rds_cluster.shop stores its data unencrypted: "
            + "'storage_encrypted' is false");
    assertThat(TerraformLint.findings("TF110", "main.tf", main, "variables.tf", variables,
        "prod.auto.tfvars", "mode = \"serverless\"\nencrypted = false\n"))
        .as("Aurora Serverless v1 is always encrypted").isEmpty();
    assertThat(TerraformLint.findings("TF110", "main.tf", main, "variables.tf", variables,
        "prod.auto.tfvars", "mode = \"provisioned\"\n")).as("unknown").isEmpty();
  }
}
