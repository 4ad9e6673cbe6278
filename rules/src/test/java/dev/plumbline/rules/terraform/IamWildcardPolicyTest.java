package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TF115 where fixtures cannot show it: heredoc JSON, and a policy shared across files. */
class IamWildcardPolicyTest {

  @Test
  void aHeredocPolicyIsReportedAtTheActionString() {
    assertThat(TerraformLint.findings("TF115", "main.tf", """
        resource "aws_iam_role_policy" "deployer" {
          role   = "deployer"
          policy = <<-JSON
            {
              "Statement": [
                {"Effect": "Allow", "Action": ["ec2:Describe*", "iam:*"], "Resource": "*"}
              ]
            }
          JSON
        }
        """)).containsExactly("main.tf:6:57 the policy of aws_iam_role_policy.deployer allows "
            + "'iam:*' (every IAM action) on every resource ('*')");
  }

  @Test
  void aPolicyDocumentUsedByTwoPoliciesIsReportedOnceAtTheDataSource() {
    assertThat(TerraformLint.findings("TF115",
        "policy.tf", """
            data "aws_iam_policy_document" "admin" {
              statement {
                actions   = ["*"]
                resources = ["*"]
              }
            }
            """,
        "main.tf", """
            resource "aws_iam_policy" "a" {
              policy = data.aws_iam_policy_document.admin.json
            }
            resource "aws_iam_role_policy" "b" {
              role   = "b"
              policy = data.aws_iam_policy_document.admin.json
            }
            """)).containsExactly("policy.tf:3:18 data.aws_iam_policy_document.admin allows "
                + "'*' (every action) on every resource ('*')");
  }

  @Test
  void aWildcardOnNamedResourcesOrADenyIsNotReported() {
    assertThat(TerraformLint.findings("TF115", "main.tf", """
        resource "aws_iam_policy" "p" {
          policy = jsonencode({
            Statement = [
              { Effect = "Allow", Action = "s3:*", Resource = "arn:aws:s3:::acme/*" },
              { Effect = "Deny", Action = "*", Resource = "*" },
            ]
          })
        }
        """)).isEmpty();
  }
}
