package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TF001 and TF010 where a module's role depends on the other modules of the run. */
class LocalStateTest {

  private static final String PROVIDER = "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n";
  private static final String BUCKET = "resource \"aws_s3_bucket\" \"logs\" {}\n";

  @Test
  void aCalledModuleHasNoStateOfItsOwn() {
    assertThat(TerraformLint.findings("TF001",
        "live/main.tf", PROVIDER + "module \"net\" {\n  source = \"../network\"\n}\n",
        "network/main.tf", BUCKET))
        .containsExactly("live/main.tf:1:1 the root module 'live' keeps its state in a local "
            + "terraform.tfstate file: it has no backend or cloud block");
  }

  @Test
  void modulesUnderAModulesDirectoryAreCalledModulesEvenWithoutTheirCaller() {
    assertThat(TerraformLint.findings("TF001", "modules/network/main.tf", PROVIDER + BUCKET))
        .isEmpty();
  }

  @Test
  void aBackendInAnotherFileOrAnOverrideFileCounts() {
    assertThat(TerraformLint.findings("TF001",
        "a/main.tf", PROVIDER, "a/backend.tf", "terraform {\n  backend \"local\" {}\n}\n",
        "b/main.tf", PROVIDER, "b/override.tf", "terraform {\n  cloud {}\n}\n")).isEmpty();
  }

  @Test
  void anIncompleteModuleIsNotJudged() {
    assertThat(TerraformLint.findings("TF001", "main.tf", PROVIDER + "terraform {\n  x = \n"))
        .isEmpty();
  }

  @Test
  void requiredVersionIsAskedOfRootModulesOnlyAndEntriesOfEveryModule() {
    assertThat(TerraformLint.findings("TF010",
        "live/main.tf", PROVIDER + "module \"net\" {\n  source = \"../network\"\n}\n",
        "live/versions.tf", "terraform {\n  required_providers {\n    aws = {\n"
            + "      source  = \"hashicorp/aws\"\n      version = \"~> 5.0\"\n    }\n  }\n}\n",
        "network/main.tf", BUCKET + "resource \"random_id\" \"x\" {}\n",
        "network/versions.tf", "terraform {\n  required_providers {\n"
            + "    aws = { source = \"hashicorp/aws\" }\n  }\n}\n"))
        .containsExactly(
            "live/versions.tf:1:1 the root module has no 'required_version': any Terraform "
                + "release may run it and upgrade its state",
            "network/main.tf:2:10 provider 'random' is used but has no required_providers "
                + "entry: its version is not constrained and its source defaults to "
                + "hashicorp/random",
            "network/versions.tf:3:5 the required_providers entry 'aws' has no version "
                + "constraint: any release of hashicorp/aws may be installed");
  }
}
