package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TF106 with values from the module's variables files and in the JSON syntax. */
class SecurityGroupOpenIngressTest {

  private static final String RULE = """
      variable "admin_cidr" {
        type = string
      }

      variable "admin_port" {
        type    = number
        default = 8443
      }

      resource "aws_security_group_rule" "admin" {
        type              = "ingress"
        from_port         = var.admin_port
        to_port           = var.admin_port
        protocol          = "tcp"
        cidr_blocks       = [var.admin_cidr]
        security_group_id = "sg-0123456789abcdef0"
      }
      """;

  @Test
  void valuesFromTfvarsCount() {
    assertThat(TerraformLint.findings("TF106",
        "main.tf", RULE,
        "terraform.tfvars", "admin_cidr = \"0.0.0.0/0\"\nadmin_port = 22\n"))
        .containsExactly("main.tf:15:24 aws_security_group_rule.admin allows ingress from "
            + "0.0.0.0/0 (the whole internet) to port 22 (SSH)");
  }

  @Test
  void withoutTfvarsTheAddressIsUnknownAndTheDefaultPortHarmless() {
    assertThat(TerraformLint.findings("TF106", "main.tf", RULE)).isEmpty();
    assertThat(TerraformLint.findings("TF106",
        "main.tf", RULE, "terraform.tfvars", "admin_cidr = \"0.0.0.0/0\"\n")).isEmpty();
  }

  @Test
  void theJsonSyntax() {
    assertThat(TerraformLint.findings("TF106", "main.tf.json", """
        {"resource": {"aws_vpc_security_group_ingress_rule": {"rdp": {
          "security_group_id": "sg-0123456789abcdef0",
          "cidr_ipv4": "0.0.0.0/0",
          "from_port": 3389, "to_port": 3389, "ip_protocol": "tcp"}}}}
        """)).containsExactly("main.tf.json:3:16 aws_vpc_security_group_ingress_rule.rdp allows "
            + "ingress from 0.0.0.0/0 (the whole internet) to port 3389 (RDP)");
  }
}
