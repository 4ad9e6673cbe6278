package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TF007 across the files of a module: variables, their defaults and variables files. */
class TerraformHardcodedCredentialsTest {

  @Test
  void aSecretVariableIsReportedWhereItsValueIsWrittenNotWhereItIsUsed() {
    assertThat(TerraformLint.findings("TF007",
        "variables.tf", """
            variable "db_password" {
              type    = string
              default = "hunter2-hunter2"
            }
            variable "api_token" {
              type = string
            }
            """,
        "terraform.tfvars", "api_token = \"tok-123456\"\n",
        "main.tf", """
            resource "aws_mq_broker" "events" {
              user {
                username = "events"
                password = var.db_password
              }
            }
            resource "aws_codebuild_source_credential" "github" {
              token = var.api_token
            }
            """))
        .containsExactly(
            "terraform.tfvars:1:13 the variables file sets 'api_token' to a credential written "
                + "in the file",
            "variables.tf:3:13 variable 'db_password' has a credential as its default value");
  }

  @Test
  void aLiteralThroughAVariableWithAnotherNameIsReportedWhereItIsUsed() {
    assertThat(TerraformLint.findings("TF007",
        "variables.tf", "variable \"initial\" {\n  default = \"hunter2-hunter2\"\n}\n",
        "main.tf", "resource \"aws_mq_broker\" \"events\" {\n  user {\n"
            + "    password = var.initial\n  }\n}\n"))
        .containsExactly("main.tf:3:16 aws_mq_broker.events sets 'password' to a credential "
            + "written in the configuration (through var.initial)");
  }

  @Test
  void theValueIsNeverShown() {
    assertThat(TerraformLint.findings("TF007", "main.tf",
        "provider \"aws\" {\n  access_key = \"AKIAIOSFODNN7EXAMPLE\"\n}\n"))
        .hasSize(1).allSatisfy(f -> assertThat(f).doesNotContain("AKIA"));
  }

  @Test
  void settingsAboutACredentialAreNotCredentials() {
    assertThat(TerraformLint.findings("TF007", "main.tf", """
        module "user" {
          source               = "./user"
          access_key_status    = "Inactive"
          token_endpoint       = "https://idp.example.com/token"
          password_policy      = "strict"
        }

        resource "aws_kms_key" "signing" {
          customer_master_key_spec = "ECC_NIST_P256"
          key_usage                = "SIGN_VERIFY"
        }
        """)).isEmpty();
  }
}
