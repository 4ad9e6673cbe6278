package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How each package manager's package words are read as pinned or not. */
class UnpinnedLanguagePackagesTest {

  private static List<String> findings(String run) {
    return DockerLint.findings("DKR014", "FROM alpine:3.20", "RUN " + run);
  }

  @Test
  void pipNeedsAnExactVersionOrADirectReference() {
    assertThat(findings("pip install 'flask[async]==3.0.3' 'a==1; python_version<\"3.9\"' . "
        + "./lib /tmp/x-1.0-py3-none-any.whl 'pkg @ https://x/pkg.tgz' -e ./src -r r.txt"))
        .isEmpty();
    assertThat(findings("pip install -U pip 'setuptools~=70.0' \"$EXTRA\""))
        .containsExactly("2:20 pip installs 'pip', 'setuptools~=70.0' without an exact "
            + "version: each build may get a different one");
    assertThat(findings("pip install -c constraints.txt flask")).isEmpty();
  }

  @Test
  void npmNeedsAnExactVersion() {
    assertThat(findings("npm i -g @scope/tool@1.2.3 left-pad@=1.3.0 ./local x.tgz "
        + "git+https://github.com/a/b#v1 github:a/b user/repo")).isEmpty();
    assertThat(findings("npm install -g @scope/tool typescript@latest eslint@9 a@1.2.3 b@~1.2"))
        .singleElement().asString().contains("'@scope/tool', 'typescript@latest', 'eslint@9' "
            + "and 1 more");
  }

  @Test
  void gemNeedsAVersionFlagOrNameColonVersion() {
    assertThat(findings("gem install bundler -v '~> 2.5'")).isEmpty();
    assertThat(findings("gem install bundler:2.5.10 ./x.gem")).isEmpty();
    assertThat(findings("gem install --no-document rails")).singleElement().asString()
        .startsWith("2:31 gem installs 'rails'");
  }

  @Test
  void goNeedsAReleaseOrCommitAfterTheAt() {
    assertThat(findings("go install golang.org/x/tools/cmd/goimports@v0.21.0 ./... "
        + "example.com/cmd@0123abcd && go run example.com/gen@v1.2.3 -out x@latest")).isEmpty();
    assertThat(findings("go install example.com/cmd@main")).hasSize(1);
    assertThat(findings("go run example.com/gen@latest ./...")).hasSize(1);
    assertThat(findings("go get -u example.com/lib@latest")).hasSize(1);
  }
}
