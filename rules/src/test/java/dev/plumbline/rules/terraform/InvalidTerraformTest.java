package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TF000 where fixtures cannot show it: across files, and in the JSON syntax. */
class InvalidTerraformTest {

  @Test
  void aDeclarationRepeatedInAnotherFileOfTheModuleIsReportedThere() {
    assertThat(TerraformLint.findings("TF000",
        "infra/main.tf", "variable \"region\" {}\nresource \"aws_s3_bucket\" \"logs\" {}\n",
        "infra/variables.tf", "variable \"region\" {\n  type = string\n}\n",
        "infra/override.tf", "variable \"region\" {\n  default = \"eu-west-1\"\n}\n",
        "other/main.tf", "variable \"region\" {}\n"))
        .containsExactly("infra/variables.tf:1:10 the variable 'region' is already declared at "
            + "infra/main.tf:1");
  }

  @Test
  void aModuleHasOneBackend() {
    assertThat(TerraformLint.findings("TF000",
        "backend.tf", "terraform {\n  backend \"s3\" {}\n}\n",
        "state.tf", "terraform {\n  backend \"local\" {}\n}\n"))
        .containsExactly("state.tf:2:3 the module already keeps its state in the backend at "
            + "backend.tf:2; a module has one backend");
  }

  @Test
  void unknownPropertiesOfTheJsonSyntax() {
    assertThat(TerraformLint.findings("TF000", "main.tf.json", """
        {"resources": {"aws_s3_bucket": {"logs": {}}},
         "variable": {"region": {}}}
        """)).containsExactly("main.tf.json:1:2 unknown top-level property 'resources'; did you "
            + "mean 'resource'?");
  }
}
