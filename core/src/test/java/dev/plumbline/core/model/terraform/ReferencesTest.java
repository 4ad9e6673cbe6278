package dev.plumbline.core.model.terraform;

import static dev.plumbline.core.model.terraform.Modules.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencesTest {

  private static List<String> describe(List<Reference> references) {
    return references.stream().map(r -> r.kind() + " " + r.address() + " "
        + at(r.addressSpan()) + " " + at(r.span()) + r.attribute().map(a -> " ." + a).orElse(""))
        .toList();
  }

  @Test
  void everyKindOfReferenceWithItsSpans() {
    TerraformModule m = Modules.of("main.tf", """
        resource "aws_instance" "web" {
          count     = var.n
          ami       = data.aws_ami.ubuntu.id
          subnet_id = module.network.subnet_ids[count.index]
          tags      = merge(local.tags, { Name = "web-${terraform.workspace}" })
          user_data = file("${path.module}/init.sh")
          key_name  = aws_key_pair.deploy[0].key_name
          secret    = ephemeral.random_password.p.result
          provisioner "local-exec" {
            command = "echo ${self.private_ip}"
          }
        }
        """);
    assertThat(describe(m.references())).containsExactly(
        "VARIABLE var.n 2:15-2:20 2:15-2:20",
        "DATA data.aws_ami.ubuntu 3:15-3:34 3:15-3:37 .id",
        "MODULE module.network 4:15-4:29 4:15-4:53 .subnet_ids",
        "COUNT count 4:41-4:46 4:41-4:52 .index",
        "LOCAL local.tags 5:21-5:31 5:21-5:31",
        "TERRAFORM terraform 5:49-5:58 5:49-5:68 .workspace",
        "PATH path 6:23-6:27 6:23-6:34 .module",
        "RESOURCE aws_key_pair.deploy 7:15-7:34 7:15-7:46 .key_name",
        "EPHEMERAL ephemeral.random_password.p 8:15-8:42 8:15-8:49 .result",
        "SELF self 10:23-10:27 10:23-10:38 .private_ip");
    Reference key = m.references().get(7);
    assertThat(key.resourceType()).contains("aws_key_pair");
    assertThat(key.name()).isEqualTo("deploy");
    assertThat(key.from()).isSameAs(m.resource("aws_instance", "web").orElseThrow());
    assertThat(key.path()).isEqualTo("main.tf");
  }

  @Test
  void iterationVariablesObjectKeysAndAddressesAreNotReferences() {
    TerraformModule m = Modules.of("main.tf", """
        variable "names" {
          type = list(object({ name = string }))
          validation {
            condition     = alltrue([for n in var.names : length(n.name) > 0])
            error_message = "names"
          }
        }
        resource "aws_security_group" "sg" {
          provider = aws.west
          tags     = { for k, v in local.tags : k => upper(v) if k != "x" }
          dynamic "ingress" {
            for_each = var.ports
            content {
              from_port = ingress.value
              to_port   = ingress.key
            }
          }
          dynamic "egress" {
            for_each = var.ports
            iterator = port
            content {
              from_port = port.value
            }
          }
          description = "%{for p in var.ports}${p}%{endfor}"
          lifecycle {
            ignore_changes        = [tags, description]
            replace_triggered_by  = [aws_instance.web.id]
          }
        }
        module "m" {
          source    = "./m"
          providers = { aws = aws.west }
        }
        moved {
          from = aws_security_group.old
          to   = aws_security_group.sg
        }
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", configuration_aliases = [aws.west] }
          }
        }
        """);
    assertThat(m.references()).extracting(Reference::address).containsExactly(
        "var.names", "local.tags", "var.ports", "var.ports", "var.ports", "aws_instance.web");
  }

  @Test
  void referencesAreIndexedByAddressAndByDeclaration() {
    TerraformModule m = Modules.of("a.tf", """
        resource "aws_s3_bucket" "b" {
          bucket = "${local.prefix}-b"
        }
        resource "aws_s3_bucket_public_access_block" "b" {
          bucket                  = aws_s3_bucket.b.id
          block_public_acls       = true
        }
        resource "aws_s3_bucket_versioning" "v" {
          bucket = aws_s3_bucket.other.id
        }
        """, "b.tf", """
        locals {
          prefix = var.env
          unused = 1
        }
        variable "env" {}
        variable "spare" {}
        output "id" {
          value = undefined_thing.x.id
        }
        """);
    Resource bucket = m.resource("aws_s3_bucket", "b").orElseThrow();
    assertThat(m.referencesTo(bucket)).singleElement().satisfies(r -> {
      assertThat(r.path()).isEqualTo("a.tf");
      assertThat(at(r.span())).isEqualTo("5:29-5:47");
    });
    assertThat(m.isReferenced(m.local("prefix").orElseThrow())).isTrue();
    assertThat(m.isReferenced(m.local("unused").orElseThrow())).isFalse();
    assertThat(m.isReferenced(m.variable("env").orElseThrow())).isTrue();
    assertThat(m.isReferenced(m.variable("spare").orElseThrow())).isFalse();
    assertThat(m.referencesTo("var.env")).singleElement()
        .satisfies(r -> assertThat(r.from()).isSameAs(m.local("prefix").orElseThrow()));
    assertThat(m.referencesFrom(bucket)).extracting(Reference::address)
        .containsExactly("local.prefix");
    assertThat(m.local("prefix").orElseThrow().references()).extracting(Reference::address)
        .containsExactly("var.env");

    assertThat(m.references().stream().filter(r -> r.kind().isDeclaration()
        && m.declaration(r).isEmpty()).map(Reference::address))
        .as("undefined").containsExactly("aws_s3_bucket.other", "undefined_thing.x");

    assertThat(m.resourcesReferring("aws_s3_bucket_public_access_block", "bucket", bucket))
        .extracting(Resource::address).containsExactly("aws_s3_bucket_public_access_block.b");
    assertThat(m.resourcesReferring("aws_s3_bucket_versioning", "bucket", bucket)).isEmpty();
    assertThat(bucket.references("bucket")).hasSize(1);
    assertThat(bucket.references("acl")).isEmpty();
  }

  @Test
  void referencesInOverrideFilesCount() {
    TerraformModule m = Modules.of("main.tf", """
        variable "acl" {}
        resource "aws_s3_bucket" "b" {}
        """, "override.tf", """
        resource "aws_s3_bucket" "b" {
          acl = var.acl
        }
        """);
    assertThat(m.isReferenced(m.variable("acl").orElseThrow())).isTrue();
  }

  @Test
  void aLongOperatorChainIsWalkedWithoutRecursion() {
    String chain = "local.a" + " + local.a".repeat(50_000);
    TerraformModule m = Modules.of("main.tf", "locals {\n  a = 1\n  b = " + chain + "\n}\n");
    assertThat(m.referencesTo("local.a")).hasSize(50_001);
  }

  @Test
  void theJsonSyntaxHasReferencesInItsTemplates() {
    TerraformModule m = Modules.of("main.tf.json", """
        {"resource": {"aws_s3_bucket": {"b": {"bucket": "${var.name}-logs"}}},
         "variable": {"name": {}}}
        """);
    assertThat(describe(m.references())).containsExactly("VARIABLE var.name 1:52-1:60 1:52-1:60");
  }
}
