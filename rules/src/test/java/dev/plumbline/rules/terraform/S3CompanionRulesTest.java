package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The S3 bucket rules (TF102-TF105) across the files of a module: companions in other files,
 * linked by reference or by name, with count and for_each, and the cases they stay silent in.
 */
class S3CompanionRulesTest {

  private static final String BUCKETS = """
      resource "aws_s3_bucket" "data" {
        bucket = "acme-data"
      }

      resource "aws_s3_bucket" "logs" {
        count  = 2
        bucket = "acme-logs-${count.index}"
      }
      """;

  private static final String DATA = "resource \"aws_s3_bucket\" \"data\" {}\n";

  private static String companion(String type, String name, String bucket, String body) {
    return "resource \"" + type + "\" \"" + name + "\" {\n  bucket = " + bucket + "\n" + body
        + "}\n";
  }

  private static final String ALL_BLOCKED = "  block_public_acls       = true\n"
      + "  block_public_policy     = true\n  ignore_public_acls      = true\n"
      + "  restrict_public_buckets = true\n";
  private static final String ENABLED = "  versioning_configuration {\n"
      + "    status = \"Enabled\"\n  }\n";

  @Test
  void companionsInAnotherFileCoverTheirBuckets() {
    String blocks = companion("aws_s3_bucket_public_access_block", "data",
        "aws_s3_bucket.data.bucket", ALL_BLOCKED)
        + companion("aws_s3_bucket_public_access_block", "logs",
        "aws_s3_bucket.logs[count.index].id", "  count = 2\n" + ALL_BLOCKED);
    assertThat(TerraformLint.findings("TF102", "main.tf", BUCKETS, "s3.tf", blocks)).isEmpty();
  }

  @Test
  void aBucketWhoseCompanionIsMissingIsReportedAtItsHead() {
    String blocks = companion("aws_s3_bucket_public_access_block", "data",
        "aws_s3_bucket.data.id", ALL_BLOCKED);
    assertThat(TerraformLint.findings("TF102", "main.tf", BUCKETS, "s3.tf", blocks))
        .containsExactly("main.tf:5:1 aws_s3_bucket.logs has no "
            + "aws_s3_bucket_public_access_block: nothing stops a policy or ACL from making it "
            + "public");
  }

  @Test
  void aLiteralNameLinksACompanionToTheBucketOfThatName() {
    String versioning = companion("aws_s3_bucket_versioning", "data", "\"acme-data\"", ENABLED)
        + companion("aws_s3_bucket_versioning", "other", "\"acme-other\"", ENABLED)
        + companion("aws_s3_bucket_versioning", "logs", "aws_s3_bucket.logs[0].id", ENABLED);
    assertThat(TerraformLint.findings("TF104", "main.tf", BUCKETS, "versioning.tf", versioning))
        .isEmpty();
    assertThat(TerraformLint.findings("TF104", "main.tf", BUCKETS, "versioning.tf",
        companion("aws_s3_bucket_versioning", "other", "\"acme-other\"", ENABLED)))
        // the names of the counted buckets are not known: "acme-other" might be one of them
        .containsExactly("main.tf:1:1 aws_s3_bucket.data has no versioning: neither a "
            + "versioning block nor an aws_s3_bucket_versioning with status = \"Enabled\"");
  }

  @Test
  void aCompanionOfAnotherBucketDoesNotCover() {
    String versioning = companion("aws_s3_bucket_versioning", "data",
        "aws_s3_bucket.logs[0].id", ENABLED);
    assertThat(TerraformLint.findings("TF104", "main.tf", BUCKETS, "versioning.tf", versioning))
        .containsExactly("main.tf:1:1 aws_s3_bucket.data has no versioning: neither a "
            + "versioning block nor an aws_s3_bucket_versioning with status = \"Enabled\"");
  }

  @Test
  void aCompanionForEachBucketCoversThem() {
    String buckets = """
        resource "aws_s3_bucket" "regional" {
          for_each = toset(["eu", "us"])
          bucket   = "acme-${each.key}"
        }
        """;
    String versioning = "resource \"aws_s3_bucket_versioning\" \"regional\" {\n"
        + "  for_each = aws_s3_bucket.regional\n  bucket   = each.value.id\n" + ENABLED + "}\n";
    assertThat(TerraformLint.findings("TF104", "main.tf", buckets, "versioning.tf", versioning))
        .isEmpty();
  }

  @Test
  void aCompanionWhoseBucketIsUnknownMayCoverAnyBucket() {
    String versioning = companion("aws_s3_bucket_versioning", "any", "var.bucket", ENABLED);
    assertThat(TerraformLint.findings("TF104", "main.tf", BUCKETS, "versioning.tf",
        "variable \"bucket\" {}\n" + versioning)).isEmpty();
  }

  @Test
  void anAccountWidePublicAccessBlockCoversEveryBucket() {
    String account = "resource \"aws_s3_account_public_access_block\" \"all\" {\n" + ALL_BLOCKED
        + "}\n";
    assertThat(TerraformLint.findings("TF102", "main.tf", BUCKETS, "account.tf", account))
        .isEmpty();
    assertThat(TerraformLint.findings("TF102", "main.tf", BUCKETS, "account.tf",
        account.replace("restrict_public_buckets = true", "restrict_public_buckets = false")))
        .hasSize(2);
  }

  @Test
  void settingsAreResolvedFromVariablesFiles() {
    String block = companion("aws_s3_bucket_public_access_block", "data",
        "aws_s3_bucket.data.id", ALL_BLOCKED.replace("ignore_public_acls      = true",
            "ignore_public_acls      = var.ignore"));
    String variables = "variable \"ignore\" {\n  type = bool\n}\n";
    assertThat(TerraformLint.findings("TF102", "main.tf", DATA, "s3.tf",
        block + variables)).isEmpty();
    assertThat(TerraformLint.findings("TF102", "main.tf", DATA, "s3.tf",
        block + variables, "terraform.tfvars", "ignore = false\n"))
        .containsExactly("s3.tf:5:29 aws_s3_bucket_public_access_block.data sets "
            + "'ignore_public_acls' to false");
  }

  @Test
  void nothingIsReportedWhenAFileOfTheModuleCouldNotBeRead() {
    assertThat(TerraformLint.findings("TF104", "main.tf", BUCKETS, "broken.tf",
        "resource \"aws_s3_bucket_versioning\" \"data\" {\n  bucket = \n")).isEmpty();
  }

  @Test
  void encryptionAndLoggingCompanionsInOtherFiles() {
    String encryption = companion("aws_s3_bucket_server_side_encryption_configuration", "data",
        "aws_s3_bucket.data.id", "  rule {\n    apply_server_side_encryption_by_default {\n"
            + "      sse_algorithm     = \"aws:kms\"\n      kms_master_key_id = \"alias/s3\"\n"
            + "    }\n  }\n");
    assertThat(TerraformLint.findings("TF103", "main.tf", BUCKETS, "kms.tf", encryption))
        .containsExactly("main.tf:5:1 aws_s3_bucket.logs has no default encryption with a "
            + "customer-managed KMS key: neither a server_side_encryption_configuration block "
            + "nor an aws_s3_bucket_server_side_encryption_configuration");
    String logging = companion("aws_s3_bucket_logging", "data", "aws_s3_bucket.data.id",
        "  target_bucket = aws_s3_bucket.logs[0].id\n");
    // the logs buckets receive the logs: they are not asked to log themselves
    assertThat(TerraformLint.findings("TF105", "main.tf", BUCKETS, "logging.tf", logging))
        .isEmpty();
  }

  @Test
  void flowLogsInAnotherFileCoverTheirVpc() {
    String vpcs = """
        resource "aws_vpc" "main" {
          count      = 2
          cidr_block = "10.${count.index}.0.0/16"
        }

        resource "aws_vpc" "bare" {
          cidr_block = "10.9.0.0/16"
        }
        """;
    String flowLogs = """
        resource "aws_flow_log" "main" {
          count        = 2
          vpc_id       = aws_vpc.main[count.index].id
          traffic_type = "ALL"
        }
        """;
    assertThat(TerraformLint.findings("TF116", "vpc.tf", vpcs, "flow.tf", flowLogs))
        .containsExactly("vpc.tf:6:1 aws_vpc.bare has no flow logs: no aws_flow_log in the "
            + "module has vpc_id = aws_vpc.bare.id");
  }
}
