package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TF108 across the files of a module: encryption by default turned on elsewhere. */
class UnencryptedBlockStorageTest {

  private static final String VOLUME = """
      resource "aws_ebs_volume" "data" {
        availability_zone = "eu-west-1a"
        size              = 100
      }

      resource "aws_ebs_volume" "plain" {
        availability_zone = "eu-west-1a"
        encrypted         = false
      }
      """;

  @Test
  void encryptionByDefaultInAnotherFileCoversVolumesWithoutTheSetting() {
    assertThat(TerraformLint.findings("TF108",
        "infra/volumes.tf", VOLUME,
        "infra/account.tf", "resource \"aws_ebs_encryption_by_default\" \"this\" {}\n"))
        .containsExactly("infra/volumes.tf:8:23 aws_ebs_volume.plain is not encrypted: it sets "
            + "'encrypted = false'");
  }

  @Test
  void encryptionByDefaultTurnedOffOrInAnotherModuleDoesNotCover() {
    assertThat(TerraformLint.findings("TF108",
        "infra/volumes.tf", VOLUME,
        "infra/account.tf", "resource \"aws_ebs_encryption_by_default\" \"this\" {\n"
            + "  enabled = false\n}\n",
        "account/main.tf", "resource \"aws_ebs_encryption_by_default\" \"this\" {}\n"))
        .containsExactly(
            "infra/volumes.tf:1:1 aws_ebs_volume.data is not encrypted: it has no "
                + "'encrypted = true'",
            "infra/volumes.tf:8:23 aws_ebs_volume.plain is not encrypted: it sets "
                + "'encrypted = false'");
  }
}
