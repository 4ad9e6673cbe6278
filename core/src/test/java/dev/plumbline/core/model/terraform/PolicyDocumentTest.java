package dev.plumbline.core.model.terraform;

import static dev.plumbline.core.model.terraform.Modules.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PolicyDocumentTest {

  private static List<String> describe(List<PolicyValue> values) {
    return values.stream().map(v -> v.value().orElse("?") + " " + v.path() + ":" + at(v.span()))
        .toList();
  }

  private static PolicyDocument policy(TerraformModule m, String type, String name,
      String attribute) {
    return PolicyDocument.of(m.resource(type, name).orElseThrow(), attribute).orElseThrow();
  }

  @Test
  void jsonencodePointsAtEachString() {
    TerraformModule m = Modules.of("iam.tf", """
        resource "aws_iam_policy" "admin" {
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Sid      = "All"
                Effect   = "Allow"
                Action   = ["s3:GetObject", "*"]
                Resource = "*"
              },
              {
                Effect    = "Deny"
                NotAction = "iam:*"
                Resource  = aws_s3_bucket.b.arn
                Principal = { AWS = ["arn:aws:iam::1:root", "*"] }
                Condition = { Bool = { "aws:SecureTransport" = "false" } }
              },
            ]
          })
        }
        """);
    PolicyDocument doc = policy(m, "aws_iam_policy", "admin", "policy");
    assertThat(doc.complete()).isTrue();
    assertThat(doc.dataSource()).isEmpty();
    assertThat(at(doc.span())).isEqualTo("2:12-19:5");
    assertThat(doc.statements()).hasSize(2);
    PolicyStatement all = doc.statements().get(0);
    assertThat(all.sid()).contains("All");
    assertThat(all.allows()).isTrue();
    assertThat(describe(all.actions())).containsExactly("s3:GetObject iam.tf:8:21-8:35",
        "* iam.tf:8:37-8:40");
    assertThat(describe(all.resources())).containsExactly("* iam.tf:9:20-9:23");
    assertThat(all.hasCondition()).isFalse();
    assertThat(at(all.span())).isEqualTo("5:7-10:8");

    PolicyStatement deny = doc.statements().get(1);
    assertThat(deny.denies()).isTrue();
    assertThat(deny.actions()).isEmpty();
    assertThat(describe(deny.notActions())).containsExactly("iam:* iam.tf:13:21-13:28");
    assertThat(describe(deny.resources())).as("a resource attribute")
        .containsExactly("? iam.tf:14:21-14:40");
    assertThat(deny.principals()).singleElement().satisfies(p -> {
      assertThat(p.type().value()).contains("AWS");
      assertThat(p.isEveryone()).isTrue();
      assertThat(describe(p.identifiers())).containsExactly(
          "arn:aws:iam::1:root iam.tf:15:30-15:51", "* iam.tf:15:53-15:56");
    });
    assertThat(deny.hasCondition()).isTrue();
  }

  @Test
  void heredocJsonMapsThroughIndentationAndEscapesAndInterpolations() {
    TerraformModule m = Modules.of("iam.tf", """
        variable "bucket" { default = "acme" }
        resource "aws_iam_role_policy" "p" {
          policy = <<-EOF
            {
              "Version": "2012-10-17",
              "Statement": [{
                "Effect": "Allow",
                "Action": ["s3:Get*", "s3:\\u002a"],
                "Resource": ["arn:aws:s3:::${var.bucket}/*", "${aws_s3_bucket.b.arn}/*"],
                "Principal": "*"
              }]
            }
          EOF
        }
        resource "aws_iam_role" "r" {
          assume_role_policy = "{\\"Statement\\": {\\"Effect\\": \\"Allow\\", \\"Action\\": \\"sts:AssumeRole\\"}}"
        }
        """);
    PolicyDocument doc = policy(m, "aws_iam_role_policy", "p", "policy");
    assertThat(doc.complete()).isTrue();
    PolicyStatement s = doc.statements().get(0);
    assertThat(describe(s.actions())).as("a JSON escape is still the action '*'")
        .containsExactly("s3:Get* iam.tf:8:20-8:29", "s3:* iam.tf:8:31-8:42");
    assertThat(describe(s.resources())).containsExactly(
        "arn:aws:s3:::acme/* iam.tf:9:22-9:52", "? iam.tf:9:54-9:80");
    assertThat(s.principals()).singleElement()
        .satisfies(p -> assertThat(p.isEveryone()).isTrue());

    PolicyDocument quoted = policy(m, "aws_iam_role", "r", "assume_role_policy");
    assertThat(describe(quoted.statements().get(0).actions()))
        .containsExactly("sts:AssumeRole iam.tf:16:77-16:95");
  }

  @Test
  void dataSourcesAndReferencesToThem() {
    TerraformModule m = Modules.of("iam.tf", """
        data "aws_iam_policy_document" "p" {
          statement {
            actions   = ["s3:*"]
            resources = ["*"]
            principals {
              type        = "AWS"
              identifiers = ["*"]
            }
          }
          statement {
            effect    = "Deny"
            actions   = local.denied
            resources = ["*"]
            condition {
              test     = "Bool"
              variable = "aws:SecureTransport"
              values   = ["false"]
            }
          }
        }
        locals {
          denied = ["iam:*", "kms:*"]
        }
        resource "aws_iam_policy" "p" {
          policy = data.aws_iam_policy_document.p.json
        }
        """);
    Resource data = m.dataSource("aws_iam_policy_document", "p").orElseThrow();
    PolicyDocument doc = PolicyDocument.of(data).orElseThrow();
    assertThat(doc.dataSource()).containsSame(data);
    assertThat(doc.complete()).isTrue();
    PolicyStatement allow = doc.statements().get(0);
    assertThat(allow.allows()).as("the default effect").isTrue();
    assertThat(at(allow.effect().span())).isEqualTo("2:3-2:12");
    assertThat(describe(allow.actions())).containsExactly("s3:* iam.tf:3:18-3:24");
    assertThat(allow.principals()).singleElement().satisfies(p -> {
      assertThat(p.type().value()).contains("AWS");
      assertThat(p.isEveryone()).isTrue();
    });
    PolicyStatement deny = doc.statements().get(1);
    assertThat(deny.denies()).isTrue();
    assertThat(describe(deny.actions())).as("followed into the local value")
        .containsExactly("iam:* iam.tf:22:13-22:20", "kms:* iam.tf:22:22-22:29");
    assertThat(deny.hasCondition()).isTrue();

    PolicyDocument referenced = policy(m, "aws_iam_policy", "p", "policy");
    assertThat(referenced.dataSource()).containsSame(data);
    assertThat(referenced.statements()).hasSize(2);
    assertThat(PolicyDocument.of(m.resource("aws_iam_policy", "p").orElseThrow())).isEmpty();
  }

  @Test
  void localValuesInOtherFilesAreFollowedToWhereTheStringsAre() {
    TerraformModule m = Modules.of("iam.tf", """
        resource "aws_iam_policy" "p" {
          policy = jsonencode(local.policy)
        }
        resource "aws_iam_policy" "q" {
          policy = local.policy_json
        }
        """, "locals.tf", """
        locals {
          policy = {
            Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
          }
          policy_json = jsonencode(local.policy)
        }
        """);
    for (String name : List.of("p", "q")) {
      PolicyStatement s = policy(m, "aws_iam_policy", name, "policy").statements().get(0);
      assertThat(describe(s.actions())).containsExactly("* locals.tf:3:47-3:50");
    }
  }

  @Test
  void computedPartsAreUnknownOrMakeTheDocumentIncomplete() {
    TerraformModule m = Modules.of("iam.tf", """
        resource "aws_iam_policy" "statements" {
          policy = jsonencode({ Statement = var.statements })
        }
        resource "aws_iam_policy" "generated" {
          policy = jsonencode({
            Statement = [for a in ["s3:*", "ec2:*"] : { Effect = "Allow", Action = a, Resource = "*" }]
          })
        }
        resource "aws_iam_policy" "file" {
          policy = file("policy.json")
        }
        resource "aws_iam_policy" "not_json" {
          policy = "arn:aws:iam::aws:policy/ReadOnlyAccess"
        }
        resource "aws_iam_policy" "directives" {
          policy = <<-EOT
            {"Statement": [%{ for a in ["s3:*"] }{"Effect": "Allow", "Action": "${a}"}%{ endfor }]}
          EOT
        }
        data "aws_iam_policy_document" "merged" {
          source_policy_documents = [data.aws_iam_policy_document.other.json]
          dynamic "statement" {
            for_each = var.statements
            content {
              actions = statement.value
            }
          }
        }
        variable "statements" {}
        """);
    PolicyDocument statements = policy(m, "aws_iam_policy", "statements", "policy");
    assertThat(statements.complete()).isFalse();
    assertThat(statements.statements()).isEmpty();

    PolicyDocument generated = policy(m, "aws_iam_policy", "generated", "policy");
    assertThat(generated.complete()).isTrue();
    assertThat(generated.statements()).flatExtracting(PolicyStatement::actions)
        .extracting(v -> v.value().orElse("?") + " " + at(v.span()))
        .containsExactly("s3:* 6:17-6:96", "ec2:* 6:17-6:96");

    assertThat(PolicyDocument.of(m.resource("aws_iam_policy", "file").orElseThrow(), "policy"))
        .isEmpty();
    assertThat(PolicyDocument.of(m.resource("aws_iam_policy", "not_json").orElseThrow(),
        "policy")).isEmpty();
    assertThat(PolicyDocument.of(m.resource("aws_iam_policy", "not_json").orElseThrow(),
        "absent")).isEmpty();

    PolicyDocument directives = policy(m, "aws_iam_policy", "directives", "policy");
    assertThat(describe(directives.statements().get(0).actions()))
        .as("evaluated whole: the span is the heredoc")
        .containsExactly("s3:* iam.tf:16:12-18:6");

    PolicyDocument merged = PolicyDocument.of(m.dataSource("aws_iam_policy_document", "merged")
        .orElseThrow()).orElseThrow();
    assertThat(merged.complete()).isFalse();
  }

  @Test
  void brokenJsonTextIsNotAPolicy() {
    for (String text : Stream.of("\"{\\\"Statement\\\": [}\"", "\"\"", "\"[1] [2]\"").toList()) {
      TerraformModule m = Modules.of("iam.tf", "resource \"aws_iam_policy\" \"p\" {\n  policy = "
          + text + "\n}\n");
      assertThat(PolicyDocument.of(m.resource("aws_iam_policy", "p").orElseThrow(), "policy"))
          .as(text).isEmpty();
    }
  }
}
