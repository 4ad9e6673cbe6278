package dev.plumbline.rules.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.ShellScript;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small readers the script rules share: modes, checks, downloads, interpreters. */
class ScriptRuleHelpersTest {

  private static Command command(String text) {
    return ShellScript.parse(text).commands().get(0);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"777, true", "0777, true", "666, true", "772, true", "1777, false", "755, false",
      "0644, false", "2775, false", "a+w, true", "o+rwx, true", "ugo=rwx, true", "u+x;a+w, true",
      "go-w, false", "+w, false", "u+w;g+w, false", "a+wt, false", "a=r, false", "$MODE, false"})
  void worldWritableModes(String mode, boolean expected) {
    assertThat(WorldWritablePermissions.worldWritable(mode.replace(';', ','))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      npm test                         | npm test
      yarn lint:ci                     | yarn lint:ci
      npm run build                    | npm run build
      npm install                      |
      npx eslint .                     | npx eslint
      python -m pytest -q              | python -m pytest
      python3 -m pip install x         |
      poetry run mypy src              | poetry run mypy
      ./gradlew :app:testDebug         | gradlew :app:testDebug
      mvn -B verify                    | mvn verify
      make                             | make
      make clean                       |
      make -j4 test                    | make test
      cargo fmt --check                | cargo fmt
      black --check .                  | black --check
      black .                          |
      go mod download                  |
      go vet ./...                     | go vet
      sudo -E /usr/local/bin/trivy fs  | trivy
      terraform plan                   |
      bundle exec rspec                | bundle exec rspec
      """)
  void verificationCommands(String text, String expected) {
    assertThat(Verification.of(command(text))).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      curl -fsSL https://x                | true
      curl -fsSLo out https://x           | false
      curl -o - https://x                 | true
      curl -O https://x/a.sh              | false
      curl --output=/dev/stdout https://x | true
      wget https://x                      | false
      wget -qO- https://x                 | true
      wget -O - https://x                 | true
      wget -O out https://x               | false
      """)
  void downloadsToStandardOutput(String text, boolean expected) {
    assertThat(CurlPipeShell.downloadsToStdout(command(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      sh                      | true
      bash -s -- --yes        | true
      sh -                    | true
      bash -x                 | true
      bash -o pipefail        | true
      bash install.sh         | false
      bash -c 'echo hi'       | false
      python3 -               | true
      python3 -m json.tool    | false
      python -c 'import sys'  | false
      node                    | true
      tar xz                  | false
      """)
  void interpretersReadingStandardInput(String text, boolean expected) {
    assertThat(CurlPipeShell.runsStdin(command(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"<password>, true", "***, true", "xxx, true", "changeme, true", "YOUR_TOKEN, true",
      "$TOKEN, true", "hunter2, false", "root, false", "password, false"})
  void placeholders(String value, boolean expected) {
    assertThat(SecretOnCommandLine.isPlaceholder(value)).isEqualTo(expected);
  }
}
