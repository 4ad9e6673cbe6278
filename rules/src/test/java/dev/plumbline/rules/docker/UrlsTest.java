package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {

  @Test
  void credentialsInTheAuthorityAreHidden() {
    assertThat(Urls.withoutCredentials("https://user:pa55@example.com/a.tgz"))
        .isEqualTo("https://***@example.com/a.tgz");
    assertThat(Urls.withoutCredentials("https://token@example.com:8443/a?x=1"))
        .isEqualTo("https://***@example.com:8443/a?x=1");
  }

  @Test
  void anAtSignInThePathIsNotACredential() {
    assertThat(Urls.withoutCredentials("https://example.com/@scope/pkg.tgz"))
        .isEqualTo("https://example.com/@scope/pkg.tgz");
    assertThat(Urls.withoutCredentials("not a url")).isEqualTo("not a url");
  }
}
