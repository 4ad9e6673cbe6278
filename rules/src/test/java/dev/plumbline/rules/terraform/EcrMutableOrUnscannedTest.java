package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EcrMutableOrUnscannedTest {

  private static final String REPOSITORY = """
      resource "aws_ecr_repository" "api" {
        name                 = "api"
        image_tag_mutability = "IMMUTABLE"
      }
      """;

  @Test
  void registryScanningInAnotherFileOfTheModuleCoversTheRepository() {
    assertThat(TerraformLint.findings("TF119", "infra/ecr.tf", REPOSITORY, "infra/registry.tf", """
        resource "aws_ecr_registry_scanning_configuration" "this" {
          scan_type = "ENHANCED"
        }
        """)).isEmpty();
  }

  @Test
  void registryScanningOfAnotherModuleDoesNotCoverTheRepository() {
    assertThat(TerraformLint.findings("TF119", "infra/ecr.tf", REPOSITORY, "account/registry.tf",
        """
        resource "aws_ecr_registry_scanning_configuration" "this" {
          scan_type = "ENHANCED"
        }
        """)).containsExactly("infra/ecr.tf:1:1 aws_ecr_repository.api does not scan images for "
            + "vulnerabilities: it has no 'image_scanning_configuration { scan_on_push = true }'");
  }

  @Test
  void aRegistryScanTypeFromAnUnknownInputCountsAsScanning() {
    assertThat(TerraformLint.findings("TF119", "infra/ecr.tf", REPOSITORY, "infra/registry.tf", """
        variable "scan_type" {}
        resource "aws_ecr_registry_scanning_configuration" "this" {
          scan_type = var.scan_type
        }
        """)).isEmpty();
  }

  @Test
  void mutabilityFromTfvarsIsJudgedResolved() {
    assertThat(TerraformLint.findings("TF119", "infra/ecr.tf", """
        variable "mutability" {
          default = "IMMUTABLE"
        }
        resource "aws_ecr_repository" "api" {
          name                 = "api"
          image_tag_mutability = var.mutability
          image_scanning_configuration {
            scan_on_push = true
          }
        }
        """, "infra/terraform.tfvars", "mutability = \"MUTABLE\"\n"))
        .containsExactly("infra/ecr.tf:6:26 aws_ecr_repository.api lets pushes overwrite image "
            + "tags ('image_tag_mutability = \"MUTABLE\"')");
  }
}
