package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TF006 with the required-tags option, and across the files of a module. */
class MissingTagsTest {

  private static final Map<String, Object> REQUIRED =
      Map.of("required-tags", List.of("owner", "environment", "cost-center"));

  private static final String PROVIDER = """
      provider "aws" {
        region = "eu-west-1"
        default_tags {
          tags = {
            owner = "shop-team"
          }
        }
      }
      """;

  @Test
  void requiredKeysComeFromTheResourceAndTheProviderTogether() {
    assertThat(TerraformLint.findings("TF006", REQUIRED,
        "providers.tf", PROVIDER,
        "main.tf", """
            locals {
              tags = { environment = "prod" }
            }
            resource "aws_sqs_queue" "complete" {
              tags = merge(local.tags, { "cost-center" = "42" })
            }
            resource "aws_sqs_queue" "partial" {
              tags = local.tags
            }
            resource "aws_sqs_queue" "bare" {
            }
            """))
        .containsExactly(
            "main.tf:8:10 aws_sqs_queue.partial lacks the required tag 'cost-center' (in its "
                + "tags and the default_tags of provider \"aws\")",
            "main.tf:10:1 aws_sqs_queue.bare lacks the required tags 'cost-center', "
                + "'environment' (in its tags and the default_tags of provider \"aws\")");
  }

  @Test
  void unknownTagsAreNotJudged() {
    assertThat(TerraformLint.findings("TF006", REQUIRED,
        "main.tf", PROVIDER + """
            variable "tags" {
              type = map(string)
            }
            resource "aws_sqs_queue" "orders" {
              tags = merge(var.tags, { environment = "prod" })
            }
            """)).isEmpty();
  }

  @Test
  void aModuleWithoutTheProviderConfigurationIsNotJudged() {
    assertThat(TerraformLint.findings("TF006",
        "modules/queue/main.tf", "resource \"aws_sqs_queue\" \"orders\" {}\n")).isEmpty();
  }

  @Test
  void withoutRequiredTagsDefaultTagsAreEnough() {
    assertThat(TerraformLint.findings("TF006",
        "providers.tf", PROVIDER,
        "main.tf", "resource \"aws_sqs_queue\" \"orders\" {}\n")).isEmpty();
  }
}
