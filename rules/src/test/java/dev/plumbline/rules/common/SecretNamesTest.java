package dev.plumbline.rules.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"DB_PASSWORD", "NPM_TOKEN", "SECRET_KEY_BASE", "AWS_SECRET_ACCESS_KEY",
      "api-key", "apiKey", "PRIVATE_KEY", "GITHUB_TOKEN", "registry_passwd", "CREDENTIALS"})
  void namesThatHoldACredential(String name) {
    assertThat(SecretNames.looksSecret(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PASSWORD_FILE", "TOKEN_URL", "GPG_KEY", "GPG_KEY_ID", "SECRET_NAMES",
      "TOKEN_USAGE_SUMMARY_TITLE", "PUBLIC_KEY", "KEYCLOAK_VERSION", "VERSION", ""})
  void namesThatDescribeOrAreNoCredential(String name) {
    assertThat(SecretNames.looksSecret(name)).isFalse();
  }
}
