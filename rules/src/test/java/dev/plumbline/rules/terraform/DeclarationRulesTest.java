package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * TF004, TF005, TF008, TF011, TF012 and TF013 where fixtures cannot show them: across the files
 * of a module, in override files and the JSON syntax, and in modules with a syntax error.
 */
class DeclarationRulesTest {

  @Test
  void aReferenceFromAnotherFileOrAnOverrideFileUsesADeclaration() {
    assertThat(TerraformLint.findings("TF012",
        "infra/variables.tf", "variable \"region\" {}\nvariable \"zone\" {}\n"
            + "variable \"unused\" {}\nlocals {\n  name = \"acme\"\n}\n",
        "infra/main.tf", "provider \"aws\" {\n  region = var.region\n}\n",
        "infra/main_override.tf", "provider \"aws\" {\n  region = \"${var.zone}-${local.name}\"\n}\n",
        "other/main.tf", "output \"x\" {\n  value = var.unused\n}\n"))
        .containsExactly("infra/variables.tf:3:10 variable 'unused' is declared but never used "
            + "in the module");
  }

  @Test
  void theJsonSyntaxNamesDataSourcesOfDependsOnInPlainStrings() {
    assertThat(TerraformLint.findings("TF012",
        "main.tf", "data \"aws_region\" \"current\" {}\ndata \"aws_region\" \"other\" {}\n"
            + "variable \"name\" {}\n",
        "log.tf.json", """
            {"resource": {"aws_cloudwatch_log_group": {"app": {
              "name": "${var.name}",
              "depends_on": ["data.aws_region.current"]}}}}
            """))
        .containsExactly("main.tf:2:19 data source data.aws_region.other is read but never used "
            + "in the module");
  }

  @Test
  void aModuleWithASyntaxErrorIsNotJudgedForUnusedOrUndeclaredNames() {
    String[] files = {"main.tf", "variable \"region\" {}\noutput \"x\" {\n  value = var.zone\n}\n",
        "broken.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = var.region\n"};
    assertThat(TerraformLint.findings("TF012", files)).isEmpty();
    assertThat(TerraformLint.findings("TF013", files)).isEmpty();
  }

  @Test
  void aDeclarationInAnotherFileOfTheModuleDefinesTheReference() {
    assertThat(TerraformLint.findings("TF013",
        "infra/variables.tf", "variable \"region\" {}\n",
        "infra/main.tf", "provider \"aws\" {\n  region = var.region\n}\n"
            + "output \"zone\" {\n  value = var.zone\n}\n",
        "other/variables.tf", "variable \"zone\" {}\n"))
        .containsExactly("infra/main.tf:5:11 var.zone refers to an undeclared input variable");
  }

  @Test
  void referencesInTheJsonSyntaxAreChecked() {
    assertThat(TerraformLint.findings("TF013", "main.tf.json", """
        {"variable": {"region": {}},
         "provider": {"aws": {"region": "${var.regoin}"}}}
        """)).containsExactly("main.tf.json:2:36 var.regoin refers to an undeclared input "
            + "variable; did you mean 'var.region'?");
  }

  @Test
  void theJsonSyntaxNeedsItsInterpolations() {
    assertThat(TerraformLint.findings("TF011", "main.tf.json", """
        {"variable": {"region": {}},
         "provider": {"aws": {"region": "${var.region}"}}}
        """)).isEmpty();
  }

  @Test
  void variablesOfTheJsonSyntaxNeedDescriptionsAndTypesToo() {
    String json = """
        {"variable": {"region": {"default": "eu-west-1"},
                      "zone": {"type": "string", "description": "Availability zone"}}}
        """;
    assertThat(TerraformLint.findings("TF004", "main.tf.json", json))
        .containsExactly("main.tf.json:1:15 variable 'region' has no description");
    assertThat(TerraformLint.findings("TF005", "main.tf.json", json))
        .containsExactly("main.tf.json:1:15 variable 'region' has no type constraint");
  }

  @Test
  void anEphemeralVariableIsNeverShownAndNeedsNoSensitiveMark() {
    assertThat(TerraformLint.findings("TF008", "main.tf",
        "variable \"session_token\" {\n  type      = string\n  ephemeral = true\n}\n"
            + "variable \"vault_token\" {\n  type = string\n}\n"))
        .containsExactly("main.tf:5:10 variable 'vault_token' looks like a secret but is not "
            + "marked sensitive: Terraform shows its value in plan and apply output");
  }

  @Test
  void secretNamesAreNamesOfSecretsNotOfTheirSettings() {
    assertThat(TerraformSecretNames.looksSecret("db_password")).isTrue();
    assertThat(TerraformSecretNames.looksSecret("github_token")).isTrue();
    assertThat(TerraformSecretNames.looksSecret("private_key")).isTrue();
    assertThat(TerraformSecretNames.looksSecret("client_secret")).isTrue();
    assertThat(TerraformSecretNames.looksSecret("aws_secret_access_key")).isTrue();
    assertThat(TerraformSecretNames.looksSecret("password_length")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("token_ttl")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("secret_arn")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("kms_key_id")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("access_key_id")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("ssh_key_name")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("password_policy")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("manage_master_user_password")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("create_random_password")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("access_key_encrypted_secret")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("access_key_fingerprint")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("image_pull_secrets")).isFalse();
    assertThat(TerraformSecretNames.looksSecret("sa_private_key")).isTrue();
  }
}
