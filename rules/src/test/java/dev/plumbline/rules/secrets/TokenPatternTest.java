package dev.plumbline.rules.secrets;

import static dev.plumbline.rules.secrets.SecretLint.marked;
import static dev.plumbline.rules.secrets.SecretLint.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.source.FileKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SEC001 finds each token family at the token's exact place and never repeats more of it than
 * its first four characters. The tokens are fake: the right prefix and length, {@code FAKE} for
 * the rest.
 */
@Timeout(60)
class TokenPatternTest {

  private static final String FAKE = "FAKE".repeat(30);
  private static final String AWS_SECRET = "FakeSecretKeyFakeSecretKeyFakeSecretKey0";
  private static final String PEM_BODY = "MIIE" + FAKE.substring(0, 60);

  private static String fake(int length) {
    return FAKE.substring(0, length);
  }

  static Stream<Arguments> families() {
    return Stream.of(
        Arguments.of("GitHub personal access token", "ghp_" + fake(36)),
        Arguments.of("GitHub OAuth access token", "gho_" + fake(36)),
        Arguments.of("GitHub App user access token", "ghu_" + fake(36)),
        Arguments.of("GitHub App installation access token", "ghs_" + fake(36)),
        Arguments.of("GitHub App refresh token", "ghr_" + fake(36)),
        Arguments.of("GitHub fine-grained personal access token",
            "github_pat_" + fake(22) + "_" + fake(59)),
        Arguments.of("GitLab personal access token", "glpat-" + fake(20)),
        Arguments.of("GitLab deploy token", "gldt-" + fake(24)),
        Arguments.of("GitLab runner authentication token", "glrt-" + fake(20)),
        Arguments.of("Slack token", "xoxb-2580000000-" + fake(24)),
        Arguments.of("Slack token", "xoxp-2580000000-2580000001-" + fake(32)),
        Arguments.of("Stripe live secret key", "sk_live_" + fake(24)),
        Arguments.of("Stripe live secret key", "rk_live_" + fake(24)),
        Arguments.of("Google API key", "AIza" + fake(35)),
        Arguments.of("npm access token", "npm_" + fake(36)),
        Arguments.of("PyPI API token", "pypi-AgEIcHlwaS5vcmc" + fake(52)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("families")
  void eachFamilyIsFoundAtItsExactPlaceWithoutRepeatingIt(String kind, String token) {
    String text = "on: push\n# used by the release job: " + token + ", until 2025\n";

    List<Finding> findings = tokens(text);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(marked(text, f)).isEqualTo(token);
      assertThat(f.span().start().line()).isEqualTo(2);
      assertThat(f.message()).startsWith(kind + " '" + token.substring(0, 4) + "…' ("
          + token.length() + " characters)");
      assertThat(f.message() + f.hint().orElse("")).doesNotContain(token.substring(0, 5))
          .doesNotContain(token.substring(4));
      // the lines reports show and SARIF carries keep the first 4 characters only
      assertThat(f.lines()).isEqualTo("# used by the release job: " + token.substring(0, 4)
          + "*".repeat(token.length() - 4) + ", until 2025");
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ghp_" + "FAKEFAKE", "xghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE",
      "ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAK", "my_ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE",
      "sk_test_FAKEFAKEFAKEFAKEFAKEFAKE", "pk_live_FAKEFAKEFAKEFAKEFAKEFAKE", "xoxb-not-a-token",
      "glpat-short", "npm_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE_more"})
  void lookalikesOfTheWrongShapeAreNotTokens(String text) {
    assertThat(tokens("on: push\n# " + text + "\n")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "ghp_000000000000000000000000000000000000", "ghp_1234567890abcdefghijklmnopqrstuvwxyz",
      "ghp_EXAMPLEFAKEFAKEFAKEFAKEFAKEFAKEFAKEF", "glpat-<your-token-goes-here>",
      "glpat-xxxxxxxxxxxxxxxxxxxx", "npm_changemeFAKEFAKEFAKEFAKEFAKEFAKEFAKE",
      "sk_live_REDACTEDFAKEFAKEFAKEFAKE", "xoxb-1234567890-FAKEFAKEFAKEFAKEFAKE"})
  void placeholdersAreNotReported(String placeholder) {
    assertThat(tokens("on: push\nenv:\n  T: " + placeholder + "\n")).isEmpty();
  }

  @Test
  void anAwsKeyIdIsReportedWithASecretKeyNearItAndNamesTheSecretsLine() {
    String text = "on: push\nenv:\n  AWS_ACCESS_KEY_ID: AKIA" + fake(16) + "\n  REGION: eu\n"
        + "  AWS_SECRET_ACCESS_KEY: " + AWS_SECRET + "\n";

    assertThat(tokens(text)).singleElement().satisfies(f -> {
      assertThat(marked(text, f)).isEqualTo("AKIA" + fake(16));
      assertThat(f.message()).startsWith("AWS access key ID 'AKIA…' (20 characters) is written "
          + "in the file with a secret access key on line 5").doesNotContain(fake(16))
          .doesNotContain(AWS_SECRET.substring(0, 8));
    });
  }

  @Test
  void temporaryCredentialsAndAPairOnOneLineCount() {
    String text = "on: push\n# aws configure set ASIA" + fake(16) + " " + AWS_SECRET + "\n";

    assertThat(tokens(text)).singleElement().satisfies(f ->
        assertThat(f.message()).contains("'ASIA…'", "a secret access key on the same line"));
  }

  @Test
  void anAwsKeyIdAloneFarFromASecretOrNearAHexDigestIsNotReported() {
    String far = "on: push\n# AKIA" + fake(16) + "\n" + "#\n".repeat(AwsKeyPairs.NEAR)
        + "# " + AWS_SECRET + "\n";
    String digest = "on: push\n# AKIA" + fake(16) + "\n# 3f786850e387550fdab836ed7e6dc881de23001b"
        + "\n# 3F786850E387550FDAB836ED7E6DC881DE23001B\n";
    String example = "on: push\n# AKIAIOSFODNN7EXAMPLE\n"
        + "# wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n";

    assertThat(tokens(far)).isEmpty();
    assertThat(tokens(digest)).isEmpty();
    assertThat(tokens(example)).isEmpty();
  }

  @Test
  void aPemPrivateKeyIsReportedAsTheWholeBlock() {
    String block = "-----BEGIN RSA PRIVATE KEY-----\n      " + PEM_BODY + "\n      "
        + fake(40) + "==\n      -----END RSA PRIVATE KEY-----";
    String text = "on: push\nenv:\n  KEY: |\n      " + block + "\n";

    assertThat(tokens(text)).singleElement().satisfies(f -> {
      assertThat(marked(text, f)).isEqualTo(block);
      assertThat(f.span().start().line()).isEqualTo(4);
      assertThat(f.span().end().line()).isEqualTo(7);
      assertThat(f.message()).startsWith("RSA private key '----…' (" + block.length()
          + " characters)").doesNotContain("MIIE");
    });
  }

  @Test
  void aPemKeyJoinedWithEscapesInAStringIsReported() {
    String text = "resource \"x\" \"y\" {\n  key = \"-----BEGIN PRIVATE KEY-----\\n" + PEM_BODY
        + "\\n" + PEM_BODY + "\\n-----END PRIVATE KEY-----\\n\"\n}\n";

    List<Finding> findings = SecretLint.findings(FileKind.TERRAFORM, "main.tf", text,
        Set.of("SEC001"), Map.of());

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("private key '----…'"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
      "-----BEGIN RSA PRIVATE KEY-----\n${{ secrets.KEY }}\n-----END RSA PRIVATE KEY-----",
      "grep -q 'BEGIN OPENSSH PRIVATE KEY' ~/.ssh/id",
      "-----BEGIN EC PRIVATE KEY-----\nMIIEFAKEFAKE\n-----END EC PRIVATE KEY-----",
      "-----BEGIN PRIVATE KEY-----\nMIIEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE"
          + "FAKEFAKEFAKEFAKE\n(the rest is cut)",
      "-----BEGIN PUBLIC KEY-----\nMIIEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE"
          + "FAKEFAKEFAKEFAKE\n-----END PUBLIC KEY-----"})
  void pemExamplesAndPublicKeysAreNotReported(String text) {
    assertThat(tokens("on: push\n# " + text.replace("\n", "\n# ") + "\n")).isEmpty();
  }

  /** {"alg":"HS256","typ":"JWT"}.{"sub":"fixture","name":"Fake User"}, by two secrets. */
  private static final String JWT_HEAD = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
      + ".eyJzdWIiOiJmaXh0dXJlIiwibmFtZSI6IkZha2UgVXNlciJ9.";
  private static final String SIGNED_BY_FIXTURE_SECRET =
      JWT_HEAD + "fT4LWcoBec6GddRTfto_PZkk7aZZ9fLKpyFso3YBiJ8";
  private static final String SIGNED_ELSEWHERE =
      JWT_HEAD + "CKK5fy1IN2afOPu-OwYcmT1_z98uV0RqzZrdJb4li7M";

  @Test
  void aJwtIsReportedWhenItsSigningSecretIsWrittenNearIt() {
    String text = "on: push\nenv:\n  JWT_SECRET: \"fixture-signing-secret-not-real\"\n"
        + "  SESSION: " + SIGNED_BY_FIXTURE_SECRET + "\n";

    assertThat(tokens(text)).singleElement().satisfies(f -> {
      assertThat(marked(text, f)).isEqualTo(SIGNED_BY_FIXTURE_SECRET);
      assertThat(f.message()).startsWith("JSON Web Token 'eyJh…' (129 characters) is written in "
          + "the file with the secret that signs it on line 3").contains("forge tokens")
          .doesNotContain("fixture-signing-secret-not-real");
    });
  }

  @Test
  void aJwtWithoutItsSecretNearbyIsNotReported() {
    String elsewhere = "on: push\nenv:\n  JWT_SECRET: fixture-signing-secret-not-real\n"
        + "  SESSION: " + SIGNED_ELSEWHERE + "\n";
    String far = "on: push\nenv:\n  JWT_SECRET: fixture-signing-secret-not-real\n"
        + "  X: y\n".repeat(SignedJwts.NEAR) + "  SESSION: " + SIGNED_BY_FIXTURE_SECRET + "\n";

    assertThat(tokens(elsewhere)).isEmpty();
    assertThat(tokens(far)).isEmpty();
  }

  @Test
  void anAzureConnectionStringIsReportedAtItsAccountKey() {
    String key = fake(86) + "==";
    String text = "on: push\nenv:\n  STORAGE: DefaultEndpointsProtocol=https;AccountName=shop;"
        + "AccountKey=" + key + ";EndpointSuffix=core.windows.net\n";
    String azurite = "on: push\nenv:\n  STORAGE: AccountName=devstoreaccount1;AccountKey="
        + "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/"
        + "KBHBeksoGMGw==\n";

    assertThat(tokens(text)).singleElement().satisfies(f -> {
      assertThat(marked(text, f)).isEqualTo(key);
      assertThat(f.message()).startsWith("Azure storage account key 'FAKE…' (88 characters)");
    });
    assertThat(tokens(azurite)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKind")
  void everyKindOfFileIsRead(FileKind kind, String path, String text) {
    List<Finding> findings = SecretLint.findings(kind, path, text, Set.of("SEC001"), Map.of());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(marked(text, f)).isEqualTo("ghp_" + fake(36));
      assertThat(f.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("revoke it now"));
    });
  }

  static Stream<Arguments> everyKind() {
    String token = "ghp_" + fake(36);
    return Stream.of(
        Arguments.of(FileKind.GITHUB_WORKFLOW, ".github/workflows/w.yml",
            "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo " + token + "\n"),
        Arguments.of(FileKind.GITHUB_ACTION, "action.yml",
            "name: a\nruns:\n  using: node20\n  main: index.js # " + token + "\n"),
        Arguments.of(FileKind.GITLAB_CI, ".gitlab-ci.yml",
            "build:\n  script:\n    - echo " + token + "\n"),
        Arguments.of(FileKind.DOCKERFILE, "Dockerfile", "FROM scratch\nLABEL t=" + token + "\n"),
        Arguments.of(FileKind.KUBERNETES, "cm.yaml", "apiVersion: v1\nkind: ConfigMap\n"
            + "metadata:\n  name: a\ndata:\n  t: " + token + "\n"),
        Arguments.of(FileKind.TERRAFORM, "main.tf", "locals {\n  t = \"" + token + "\"\n}\n"),
        Arguments.of(FileKind.TERRAFORM_VARIABLES, "prod.tfvars", "t = \"" + token + "\"\n"),
        Arguments.of(FileKind.GITHUB_WORKFLOW, ".github/workflows/broken.yml",
            "on: [push\n# " + token + "\n"));
  }

  @Test
  void aHintNamesTheSecretStoreOfTheFilesPlatform() {
    String token = "ghp_" + fake(36);
    String gitlab = SecretLint.findings(FileKind.GITLAB_CI, ".gitlab-ci.yml",
        "a:\n  script:\n    - echo " + token + "\n", Set.of("SEC001"), Map.of()).get(0)
        .hint().orElseThrow();
    String docker = SecretLint.findings(FileKind.DOCKERFILE, "Dockerfile",
        "FROM scratch\nLABEL t=" + token + "\n", Set.of("SEC001"), Map.of()).get(0)
        .hint().orElseThrow();

    assertThat(gitlab).contains("masked, protected CI/CD variable");
    assertThat(docker).contains("RUN --mount=type=secret");
  }

  @Test
  void aSuppressionWithAReasonSilencesIt() {
    String text = "on: push\n# plumbline: ignore[SEC001] revoked in 2023, kept for the test\n"
        + "# ghp_" + fake(36) + "\n";

    assertThat(tokens(text)).singleElement().satisfies(f -> assertThat(f.isSuppressed()).isTrue());
  }

  @Test
  void aTokenInsideAReportedKeyBlockIsNotReportedAgain() {
    String block = "-----BEGIN PRIVATE KEY-----\n# " + PEM_BODY + "\n# AIza" + fake(35)
        + "\n# " + PEM_BODY + "\n# -----END PRIVATE KEY-----";
    String text = "on: push\n# " + block + "\n";

    assertThat(tokens(text)).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("private key"));
  }

  @Test
  void aLongFileWithManyLookalikesIsReadInBoundedTime() {
    String line = "# eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abcdefghijklmnopqrstuv AKIA" + fake(16)
        + " -----BEGIN RSA PRIVATE KEY----- ghp_short\n";
    String text = "on: push\n" + line.repeat(5_000);

    assertThat(tokens(text)).isEmpty();
  }
}
