package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TF114 with the key spec set in a variables file. */
class KmsRotationDisabledTest {

  @Test
  void theKeySpecDecidesWhetherAKeyCanRotate() {
    String main = """
        resource "aws_kms_key" "k" {
          customer_master_key_spec = var.spec
        }
        variable "spec" {
          type = string
        }
        """;
    assertThat(TerraformLint.findings("TF114", "main.tf", main,
        "terraform.tfvars", "spec = \"SYMMETRIC_DEFAULT\"\n"))
        .containsExactly("main.tf:1:1 aws_kms_key.k never rotates its key material: it has no "
            + "'enable_key_rotation = true'");
    assertThat(TerraformLint.findings("TF114", "main.tf", main,
        "terraform.tfvars", "spec = \"RSA_2048\"\n")).isEmpty();
  }
}
