package dev.plumbline.core.model.terraform;

import static dev.plumbline.core.model.terraform.Modules.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerraformModuleTest {

  private static final String MAIN = """
      terraform {
        required_version = ">= 1.6"
        required_providers {
          aws = {
            source  = "hashicorp/aws"
            version = "~> 5.0"
          }
          random = "~> 3.1"
        }
        backend "s3" {
          bucket  = "acme-state"
          encrypt = true
        }
      }

      provider "aws" {
        region = var.region
      }

      provider "aws" {
        alias  = "us"
        region = "us-east-1"
      }

      resource "aws_s3_bucket" "logs" {
        bucket = "acme-logs"
        count  = 2
        versioning {
          enabled = true
        }
        dynamic "rule" {
          for_each = []
          content {}
        }
      }

      data "aws_iam_policy_document" "p" {}

      module "network" {
        source  = "./network"
        version = "1.2.0"
        cidr    = "10.0.0.0/16"
        providers = {
          aws = aws.us
        }
      }
      """;

  private static final String VARIABLES = """
      variable "region" {
        type        = string
        description = "Where it runs"
        default     = "eu-west-1"
        sensitive   = true
      }

      locals {
        prefix = "acme"
        tags   = { team = "platform" }
      }

      output "bucket" {
        value       = aws_s3_bucket.logs[0].id
        description = "The log bucket"
      }

      moved {
        from = aws_s3_bucket.old
        to   = aws_s3_bucket.logs
      }
      """;

  private final TerraformModule module = Modules.of("infra/main.tf", MAIN,
      "infra/variables.tf", VARIABLES, "infra/terraform.tfvars", "region = \"us-west-2\"\n");

  @Test
  void filesAreKeptInNameOrderAndSplitByKind() {
    assertThat(module.directory()).isEqualTo("infra");
    assertThat(module.files()).extracting(TerraformFile::name)
        .containsExactly("main.tf", "terraform.tfvars", "variables.tf");
    assertThat(module.configurationFiles()).extracting(TerraformFile::name)
        .containsExactly("main.tf", "variables.tf");
    assertThat(module.variablesFiles()).singleElement()
        .satisfies(f -> assertThat(f.isAutoLoaded()).isTrue());
    assertThat(module.isComplete()).isTrue();
  }

  @Test
  void resourcesHaveTypeNameAddressAndSpans() {
    Resource logs = module.resource("aws_s3_bucket", "logs").orElseThrow();
    assertThat(logs.address()).isEqualTo("aws_s3_bucket.logs");
    assertThat(logs.path()).isEqualTo("infra/main.tf");
    assertThat(at(logs.typeSpan())).isEqualTo("25:10-25:25");
    assertThat(at(logs.nameSpan())).isEqualTo("25:26-25:32");
    assertThat(at(logs.headSpan())).isEqualTo("25:1-25:32");
    assertThat(at(logs.span())).isEqualTo("25:1-35:2");
    assertThat(logs.providerName()).isEqualTo("aws");
    assertThat(logs.isRepeated()).isTrue();
    assertThat(logs.expression("bucket").flatMap(e -> e.stringValue())).contains("acme-logs");
    assertThat(logs.nestedBlock("versioning").orElseThrow().expression("enabled")
        .flatMap(e -> e.boolValue())).contains(true);
    assertThat(logs.nestedBlocks("rule")).isEmpty();
    assertThat(logs.hasDynamic("rule")).isTrue();
    assertThat(logs.nestedBlock("versioning").orElseThrow().owner()).isSameAs(logs);

    Resource policy = module.dataSource("aws_iam_policy_document", "p").orElseThrow();
    assertThat(policy.address()).isEqualTo("data.aws_iam_policy_document.p");
    assertThat(policy.isData()).isTrue();
    assertThat(module.resources("aws_s3_bucket")).containsExactly(logs);
    assertThat(module.resources("aws_instance")).isEmpty();
  }

  @Test
  void variablesLocalsOutputsAndProviders() {
    Variable region = module.variable("region").orElseThrow();
    assertThat(region.description()).contains("Where it runs");
    assertThat(region.isSensitive()).isTrue();
    assertThat(region.typeExpression()).isPresent();
    assertThat(at(region.nameSpan())).isEqualTo("1:10-1:18");
    assertThat(region.path()).isEqualTo("infra/variables.tf");

    assertThat(module.locals()).extracting(Local::name).containsExactly("prefix", "tags");
    Local tags = module.local("tags").orElseThrow();
    assertThat(at(tags.nameSpan())).isEqualTo("10:3-10:7");
    assertThat(at(tags.span())).isEqualTo("10:3-10:33");

    assertThat(module.output("bucket").orElseThrow().description()).contains("The log bucket");
    assertThat(module.providers()).extracting(Provider::address).containsExactly("aws", "aws.us");
    assertThat(module.provider("aws").orElseThrow().alias()).isEmpty();
    assertThat(module.provider("aws", "us")).isPresent();
  }

  @Test
  void terraformSettingsBackendAndRequiredProviders() {
    assertThat(module.settings()).singleElement().satisfies(s ->
        assertThat(s.requiredVersion()).contains(">= 1.6"));
    Backend backend = module.backend().orElseThrow();
    assertThat(backend.backendType()).isEqualTo("s3");
    assertThat(at(backend.backendTypeSpan())).isEqualTo("10:11-10:15");
    assertThat(backend.expression("encrypt").flatMap(e -> e.boolValue())).contains(true);
    assertThat(module.cloud()).isEmpty();
    assertThat(module.requiredProviders()).extracting(RequiredProvider::name,
        p -> p.source().orElse("-"), p -> p.version().orElse("-"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("aws", "hashicorp/aws", "~> 5.0"),
            org.assertj.core.groups.Tuple.tuple("random", "-", "~> 3.1"));
    assertThat(at(module.requiredProvider("aws").orElseThrow().nameSpan())).isEqualTo("4:5-4:8");
  }

  @Test
  void moduleCallsAndOtherBlocks() {
    ModuleCall network = module.moduleCall("network").orElseThrow();
    assertThat(network.source()).contains("./network");
    assertThat(network.version()).contains("1.2.0");
    assertThat(network.isLocalSource()).isTrue();
    assertThat(network.inputs()).extracting(a -> a.name()).containsExactly("cidr");
    assertThat(module.movedBlocks()).singleElement()
        .satisfies(m -> assertThat(m.path()).isEqualTo("infra/variables.tf"));
    assertThat(module.importBlocks()).isEmpty();
  }

  @Test
  void declarationsAreInFileOrderThenSourceOrder() {
    assertThat(module.declarations()).extracting(Object::getClass).extracting(Class::getSimpleName)
        .containsExactly("TerraformSettings", "Provider", "Provider", "Resource", "Resource",
            "ModuleCall", "Variable", "Local", "Local", "Output", "TerraformBlock");
  }

  @Test
  void declarationsByAddress() {
    assertThat(module.byAddress("aws_s3_bucket.logs")).containsSame(
        module.resource("aws_s3_bucket", "logs").orElseThrow());
    assertThat(module.byAddress("data.aws_iam_policy_document.p")).isPresent();
    assertThat(module.byAddress("var.region")).containsSame(module.variable("region").get());
    assertThat(module.byAddress("local.tags")).containsSame(module.local("tags").get());
    assertThat(module.byAddress("module.network")).containsSame(module.moduleCall("network").get());
    assertThat(module.byAddress("aws_s3_bucket.other")).isEmpty();
    assertThat(module.byAddress("var")).isEmpty();
  }

  @Test
  void blocksWithWrongLabelsAndOverrideFilesDeclareNothing() {
    TerraformModule m = Modules.of("main.tf", """
        resource "aws_s3_bucket" {}
        variable {}
        resource "aws_s3_bucket" "ok" {}
        """, "main_override.tf", "resource \"aws_s3_bucket\" \"ok\" {\n  acl = \"private\"\n}\n");
    assertThat(m.resources()).extracting(Resource::address).containsExactly("aws_s3_bucket.ok");
    assertThat(m.resources().get(0).path()).isEqualTo("main.tf");
    assertThat(m.variables()).isEmpty();
    assertThat(m.overrideBlocks()).singleElement()
        .satisfies(b -> assertThat(b.path()).isEqualTo("main_override.tf"));
    assertThat(m.directory()).isEqualTo(".");
  }

  @Test
  void aFileWithASyntaxErrorMakesTheModuleIncomplete() {
    TerraformModule m = Modules.of("main.tf", "resource \"a\" \"b\" {\n  x = \n}\n",
        "other.tf", "variable \"v\" {}\n");
    assertThat(m.isComplete()).isFalse();
    assertThat(Modules.of("main.tf", "locals {\n  a = 1\n  a = 2\n}\n").isComplete())
        .as("a repeated attribute leaves every block in place").isTrue();
  }

  @Test
  void theProjectKnowsWhichModulesCallWhich() {
    TerraformModule root = Modules.of("live/main.tf", """
        module "network" {
          source = "../modules/network"
        }
        module "remote" {
          source  = "terraform-aws-modules/vpc/aws"
          version = "5.0.0"
        }
        """);
    TerraformModule network = Modules.of("modules/network/main.tf", "variable \"cidr\" {}\n");
    TerraformModule unused = Modules.of("modules/unused/main.tf", "variable \"x\" {}\n");
    TerraformProject project = new TerraformProject(List.of(root, network, unused));
    assertThat(network.callers()).extracting(ModuleCall::name).containsExactly("network");
    assertThat(root.callers()).isEmpty();
    assertThat(unused.callers()).isEmpty();
    assertThat(project.target(root.moduleCall("network").orElseThrow())).containsSame(network);
    assertThat(project.target(root.moduleCall("remote").orElseThrow())).isEmpty();
    assertThat(project.module("modules/network")).containsSame(network);
    assertThat(network.project()).isSameAs(project);
  }
}
