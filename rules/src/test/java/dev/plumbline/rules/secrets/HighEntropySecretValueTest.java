package dev.plumbline.rules.secrets;

import static dev.plumbline.rules.secrets.SecretLint.marked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
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

/** SEC002 judges values of secret names by their entropy, and yields to the precise rules. */
@Timeout(60)
class HighEntropySecretValueTest {

  /** Made up, 24 characters, about 4.5 bits per character. */
  private static final String RANDOM = "Zq81LwX04nvT7Rb2KyM9pE6d";

  private static List<Finding> lint(FileKind kind, String path, String text, String... rules) {
    return SecretLint.findings(kind, path, text, Set.of(rules), Map.of());
  }

  private static List<Finding> workflow(String text) {
    return lint(FileKind.GITHUB_WORKFLOW, ".github/workflows/w.yml", text, "SEC002");
  }

  @Test
  void entropyIsBitsPerCharacter() {
    assertThat(Entropy.bitsPerCharacter("")).isZero();
    assertThat(Entropy.bitsPerCharacter("aaaa")).isZero();
    assertThat(Entropy.bitsPerCharacter("abab")).isCloseTo(1.0, within(1e-9));
    assertThat(Entropy.bitsPerCharacter("abcdefgh")).isCloseTo(3.0, within(1e-9));
    assertThat(Entropy.bitsPerCharacter(RANDOM)).isGreaterThan(4.0);
  }

  @Test
  void theRuleIsOffByDefault() {
    Engine engine = new Engine(RuleSet.defaults(RuleRegistry.load()),
        new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES));
    String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: b\n"
        + "data:\n  client_secret: " + RANDOM + "\n";

    List<Finding> findings = engine.lint(SourceFile.of("cm.yaml", text), FileKind.KUBERNETES)
        .findings();

    assertThat(findings).extracting(Finding::ruleId).doesNotContain("SEC002");
  }

  static Stream<Arguments> assignments() {
    return Stream.of(
        Arguments.of(FileKind.GITHUB_WORKFLOW, "on: push\n# client_secret: VALUE\n",
            "client_secret"),
        Arguments.of(FileKind.GITHUB_WORKFLOW, "on: push\n# \"apiKey\": \"VALUE\",\n", "apiKey"),
        Arguments.of(FileKind.TERRAFORM, "locals {\n  signing_key = \"VALUE\"\n}\n",
            "signing_key"),
        Arguments.of(FileKind.TERRAFORM_VARIABLES, "master_password = \"VALUE\" # prod\n",
            "master_password"),
        Arguments.of(FileKind.DOCKERFILE, "FROM scratch\nENV A=1 SESSION_SECRET=VALUE\n",
            "SESSION_SECRET"),
        Arguments.of(FileKind.DOCKERFILE, "FROM scratch\n# ENV SIGNING_KEY VALUE\n",
            "SIGNING_KEY"),
        Arguments.of(FileKind.GITLAB_CI, "a:\n  script:\n    - export DEPLOY_TOKEN=VALUE\n",
            "DEPLOY_TOKEN"),
        Arguments.of(FileKind.GITLAB_CI,
            "a:\n  script:\n    - curl \"https://x/?api_key=VALUE&a=b\"\n", "api_key"),
        Arguments.of(FileKind.GITLAB_CI, "variables:\n  SIGNING_KEY:\n    value: VALUE\n",
            "SIGNING_KEY"),
        Arguments.of(FileKind.KUBERNETES, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: c
                  image: i
                  env:
                    - name: REFRESH_TOKEN
                      value: "VALUE"
            """, "REFRESH_TOKEN"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("assignments")
  void valuesOfSecretNamesAreReportedAtTheValue(FileKind kind, String template, String key) {
    String text = template.replace("VALUE", RANDOM);

    List<Finding> findings = lint(kind, "file", text, "SEC002");

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(marked(text, f)).isEqualTo(RANDOM);
      assertThat(f.message()).isEqualTo("'" + key + "' is set to a random-looking value 'Zq81…' "
          + "(24 characters) written in the file, where everyone who can read the repository "
          + "can use it");
      assertThat(f.message() + f.hint().orElse("")).doesNotContain(RANDOM.substring(3));
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "client_secret: Zq81LwX04nvT7Rb2KyM",
      "client_secret: aaaaaaaaaabbbbbbbbbbcccccccccc",
      "client_secret: correct horse battery staple Zq81",
      "client_secret: ${CLIENT_SECRET_FROM_VAULT_0001}",
      "client_secret: $CLIENT_SECRET_FROM_VAULT_0001x",
      "client_secret: https://vault.internal/v1/Zq81LwX04nvT",
      "client_secret: /run/secrets/Zq81LwX04nvT7Rb2KyM9",
      "client_secret: <Zq81LwX04nvT7Rb2KyM9pE6d>",
      "client_secret: example-Zq81LwX04nvT7Rb2KyM9",
      "client_secret: lower-case-words-joined-up-here",
      "client_secret: 31415926535897932384626433",
      "client_secret_name: Zq81LwX04nvT7Rb2KyM9pE6d",
      "secretKeyRef: Zq81LwX04nvT7Rb2KyM9pE6d",
      "client_id: Zq81LwX04nvT7Rb2KyM9pE6d",
      "credentials = file(var.credentials_path_0001)"})
  void otherValuesAreNotReported(String line) {
    assertThat(workflow("on: push\n# " + line + "\n")).isEmpty();
  }

  @Test
  void inTerraformOnlyQuotedStringsAreLiterals() {
    String text = "locals {\n  password = random_password.db.result0001\n"
        + "  api_key = \"" + RANDOM + "\"\n}\n";

    assertThat(lint(FileKind.TERRAFORM, "main.tf", text, "SEC002"))
        .extracting(f -> f.span().start().line()).containsExactly(3);
  }

  @Test
  void aLineAnotherSecretRuleReportedIsLeftToIt() {
    String text = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: x\n"
        + "        env:\n          DB_PASSWORD: " + RANDOM + "\n          # api_token: " + RANDOM
        + " # was ghp_" + "FAKE".repeat(9) + "\n";

    List<Finding> alone = lint(FileKind.GITHUB_WORKFLOW, "w.yml", text, "SEC002");
    List<Finding> together = lint(FileKind.GITHUB_WORKFLOW, "w.yml", text, "SEC002", "SEC001",
        "GHA012");

    assertThat(alone).extracting(f -> f.span().start().line()).containsExactly(8, 9);
    assertThat(together).extracting(f -> f.ruleId() + "@" + f.span().start().line())
        .containsExactly("GHA012@8", "SEC001@9");
  }

  @Test
  void aSecretManifestsValuesAreLeftToTheRuleThatReportsTheManifest() {
    String secret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\n  namespace: b\n"
        + "stringData:\n  client_secret: " + RANDOM + "\n";

    assertThat(lint(FileKind.KUBERNETES, "secret.yaml", secret, "SEC002"))
        .extracting(f -> f.span().start().line()).containsExactly(7);
    assertThat(lint(FileKind.KUBERNETES, "secret.yaml", secret, "SEC002", "K8S016"))
        .extracting(f -> f.ruleId() + "@" + f.span().start().line()).containsExactly("K8S016@6");
  }

  @Test
  void encryptedValuesAreNotReported() {
    String sealed = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: a\n"
        + "spec:\n  encryptedData:\n    client_secret: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq" + RANDOM
        + "\n";
    String sops = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n"
        + "  client_secret: ENC[AES256_GCM,data:" + RANDOM + ",iv:aXY=,type:str]\n";

    assertThat(lint(FileKind.KUBERNETES, "sealed.yaml", sealed, "SEC002")).isEmpty();
    assertThat(lint(FileKind.KUBERNETES, "sops.yaml", sops, "SEC002")).isEmpty();
  }

  @Test
  void minLengthIsAnOption() {
    String text = "on: push\n# api_key: Zq81LwX04nvT\n";

    assertThat(workflow(text)).isEmpty();
    assertThat(SecretLint.findings(FileKind.GITHUB_WORKFLOW, "w.yml", text, Set.of("SEC002"),
        Map.of("min-length", 12))).hasSize(1);
  }
}
